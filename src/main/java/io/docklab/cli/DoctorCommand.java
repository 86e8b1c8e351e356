package io.docklab.cli;

import io.docklab.docker.EngineAddress;
import io.docklab.doctor.Doctor;
import io.docklab.doctor.Finding;
import io.docklab.i18n.Messages;
import io.docklab.service.LocalRegistry;
import io.docklab.util.DataDirectory;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code docklab doctor}: is everything the lessons need on this machine? */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand implements Callable<Integer> {
  @ParentCommand DocklabCommand docklab;

  @Override
  public Integer call() {
    Doctor doctor =
        new Doctor(EngineAddress.fromEnvironment(), new LocalRegistry(DataDirectory.resolve()));
    List<Finding> findings = doctor.examine(docklab.lessonNeeds());
    findings.forEach(System.out::println);
    long problems = findings.stream().filter(finding -> !finding.ok()).count();
    System.out.println(
        problems == 0
            ? Messages.get("doctor.summary.ok")
            : Messages.get("doctor.summary.problems", problems));
    return problems == 0 ? ExitCode.OK : ExitCode.FAILED;
  }
}
