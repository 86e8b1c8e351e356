package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerFileCheck;
import java.time.Duration;
import java.util.UUID;

/**
 * A {@code containerFile} check: a file inside a container (running or stopped), copied out of it
 * as {@code docker cp} does, or inside an image, through a container made for the purpose that is
 * never started and always removed.
 */
final class ContainerFileEvaluator implements CheckEvaluator<ContainerFileCheck> {
  /** The names of the throwaway containers that look into images. */
  static final String PROBE_PREFIX = "docklab-probe-";

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(ContainerFileCheck spec, CheckContext context, Duration waited) {
    DockerClient client = context.engine().engine().client();
    String path = context.variables().text(spec.path());
    return spec.container() != null
        ? inContainer(spec, context, client, context.variables().text(spec.container()), path)
        : inImage(spec, context, client, context.variables().text(spec.image()), path);
  }

  private static CheckResult inContainer(
      ContainerFileCheck spec,
      CheckContext context,
      DockerClient client,
      String container,
      String path) {
    String subject = Messages.get("check.containerFile.subject", path, container);
    String workdir;
    try {
      var config = client.inspectContainerCmd(container).exec().getConfig();
      workdir = config == null ? null : config.getWorkingDir();
    } catch (NotFoundException absent) {
      return Verdict.fail(spec, context, "check.containerFile.noContainer", subject, container);
    }
    FileFindings.Found found = ArchivedFile.read(client, container, absolute(path, workdir));
    return FileFindings.judge(
        spec,
        context,
        subject,
        found,
        spec.exists(),
        TextMatch.substituted(spec.content(), context.variables()));
  }

  private static CheckResult inImage(
      ContainerFileCheck spec,
      CheckContext context,
      DockerClient client,
      String image,
      String path) {
    String subject = Messages.get("check.containerFile.imageSubject", path, image);
    String reference = image.contains("@") ? image : ContainerLookup.normalized(image);
    InspectImageResponse inspected;
    try {
      inspected = client.inspectImageCmd(reference).exec();
    } catch (NotFoundException absent) {
      return Verdict.fail(spec, context, "check.containerFile.noImage", subject, image);
    }
    var config = inspected.getConfig();
    var create =
        client
            .createContainerCmd(inspected.getId())
            .withName(PROBE_PREFIX + UUID.randomUUID().toString().substring(0, 12))
            .withLabels(java.util.Map.of("io.docklab.probe", "true"));
    boolean noCommand = config == null || (empty(config.getCmd()) && empty(config.getEntrypoint()));
    if (noCommand) {
      create = create.withCmd("/docklab-never-started"); // An image without one cannot be created.
    }
    String id = create.exec().getId();
    try {
      String workdir = config == null ? null : config.getWorkingDir();
      FileFindings.Found found = ArchivedFile.read(client, id, absolute(path, workdir));
      return FileFindings.judge(
          spec,
          context,
          subject,
          found,
          spec.exists(),
          TextMatch.substituted(spec.content(), context.variables()));
    } finally {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    }
  }

  private static boolean empty(String[] values) {
    return values == null || values.length == 0;
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
