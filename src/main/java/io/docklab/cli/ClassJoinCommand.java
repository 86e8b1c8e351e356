package io.docklab.cli;

import io.docklab.classroom.Pem;
import io.docklab.classroom.learner.ClassClient;
import io.docklab.classroom.learner.ClassClient.ClassServerException;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.LessonDownload;
import io.docklab.classroom.learner.Membership;
import io.docklab.i18n.Messages;
import io.docklab.util.DataDirectory;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docklab class join URL CODE --name NAME [--ca FILE]}: joins a class, keeps the token (mode
 * 0600) and the certificate to trust (a class served over HTTPS with a self-signed one), fetches
 * the class's lessons into the catalogue and says what will be sent to the teacher.
 */
@Command(name = "join", mixinStandardHelpOptions = true)
final class ClassJoinCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL", descriptionKey = "url")
  String url;

  @Parameters(index = "1", paramLabel = "CODE", descriptionKey = "code")
  String code;

  @Option(names = "--name", paramLabel = "NAME", required = true)
  String name;

  /** The server's certificate to trust (PEM), for a class served with a self-signed one. */
  @Option(names = "--ca", paramLabel = "FILE")
  Path ca;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ClassroomFiles files = ClassroomFiles.in(DataDirectory.resolve());
    if (Membership.load(files).isPresent()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.join.already"));
    }
    URI server;
    try {
      server = URI.create(url.endsWith("/") ? url : url + "/");
      if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
        throw new IllegalArgumentException(url);
      }
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.join.badUrl", url));
    }
    ClassClient client;
    if (ca == null) {
      client = new ClassClient(server);
    } else if (!"https".equals(server.getScheme())) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.join.caHttp", url));
    } else {
      try {
        client = new ClassClient(server, ca);
      } catch (Pem.BadPem e) {
        throw new ExitException(ExitCode.USAGE, "docklab class join: " + e.getMessage());
      }
    }
    try {
      ClassClient.Joined joined = client.join(code, name);
      Membership membership =
          new Membership(server, joined.className(), joined.learner(), code, joined.token());
      membership.save(files);
      if (ca != null) {
        // Kept with the membership: every later send trusts the same certificate.
        Files.copy(ca, files.ca(), StandardCopyOption.REPLACE_EXISTING);
      }
      int lessons = LessonDownload.write(client.lessons(joined.token()), files.lessons());
      out.println(Messages.get("class.join.joined", joined.className(), lessons));
      out.println(Messages.get("class.join.sends"));
      for (String kind : joined.sends()) {
        out.println("  - " + Messages.get("class.event." + kind));
      }
      out.println(Messages.get("class.join.leave"));
      return ExitCode.OK;
    } catch (ClassServerException e) {
      throw new ExitException(ExitCode.FAILED, "docklab class join: " + e.getMessage());
    }
  }
}
