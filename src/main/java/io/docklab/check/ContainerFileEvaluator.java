package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.Matcher;
import java.time.Duration;

/**
 * A {@code containerFile} check: a file inside a container (running or stopped), copied out of it
 * as {@code docker cp} does, or inside an image, through a container made for the purpose that is
 * never started and always removed (right after the look, off the check's own time).
 */
final class ContainerFileEvaluator implements CheckEvaluator<ContainerFileCheck> {
  private final Probes probes;

  ContainerFileEvaluator(Probes probes) {
    this.probes = probes;
  }

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(ContainerFileCheck spec, CheckContext context, Duration waited) {
    DockerEngine engine = context.engine().engine();
    String path = context.variables().text(spec.path());
    Matcher content = TextMatch.substituted(spec.content(), context.variables());
    return spec.container() != null
        ? inContainer(
            spec, context, engine, context.variables().text(spec.container()), path, content)
        : inImage(spec, context, engine, context.variables().text(spec.image()), path, content);
  }

  private static CheckResult inContainer(
      ContainerFileCheck spec,
      CheckContext context,
      DockerEngine engine,
      String container,
      String path,
      Matcher content) {
    String subject = Messages.get("check.containerFile.subject", path, container);
    DockerClient client = engine.client();
    FileFindings.Found found;
    try {
      String target = path.startsWith("/") ? path : absolute(path, workdir(client, container));
      found = ContainerFiles.look(engine, container, target, content);
      if (found.kind() == FileFindings.Found.Kind.ABSENT && path.startsWith("/")) {
        workdir(client, container); // Absent file, or absent container?
      }
    } catch (NotFoundException noContainer) {
      return Verdict.fail(spec, context, "check.containerFile.noContainer", subject, container);
    }
    return FileFindings.judge(spec, context, subject, found, spec.exists(), content);
  }

  private CheckResult inImage(
      ContainerFileCheck spec,
      CheckContext context,
      DockerEngine engine,
      String image,
      String path,
      Matcher content) {
    String subject = Messages.get("check.containerFile.imageSubject", path, image);
    DockerClient client = engine.client();
    String reference = image.contains("@") ? image : ContainerLookup.normalized(image);
    InspectImageResponse inspected;
    try {
      inspected = client.inspectImageCmd(reference).exec();
    } catch (NotFoundException absent) {
      return Verdict.fail(spec, context, "check.containerFile.noImage", subject, image);
    }
    String id = probes.create(client, inspected);
    try {
      var config = inspected.getConfig();
      String workdir = config == null ? null : config.getWorkingDir();
      FileFindings.Found found = ContainerFiles.look(engine, id, absolute(path, workdir), content);
      return FileFindings.judge(spec, context, subject, found, spec.exists(), content);
    } finally {
      probes.removeLater(client, id);
    }
  }

  private static String workdir(DockerClient client, String container) {
    var config = client.inspectContainerCmd(container).exec().getConfig();
    return config == null ? null : config.getWorkingDir();
  }

  /** {@code path} from the working directory ({@code /} when the image sets none). */
  static String absolute(String path, String workdir) {
    if (path.startsWith("/")) {
      return path;
    }
    String base = workdir == null || workdir.isBlank() ? "/" : workdir;
    return base.endsWith("/") ? base + path : base + "/" + path;
  }
}
