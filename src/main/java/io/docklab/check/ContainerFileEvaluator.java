package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.Matcher;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A {@code containerFile} check: a file inside a container (running or stopped), copied out of it
 * as {@code docker cp} does, or inside an image, through a container made for the purpose that is
 * never started and always removed (right after the look, off the check's own time).
 */
final class ContainerFileEvaluator implements CheckEvaluator<ContainerFileCheck>, AutoCloseable {
  /** The names of the throwaway containers that look into images. */
  static final String PROBE_PREFIX = "docklab-probe-";

  private static final long REMOVAL_WAIT_SECONDS = 15;

  private final ThreadPoolExecutor removals =
      new ThreadPoolExecutor(
          0,
          1,
          1,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(),
          task -> new Thread(task, "docklab-probe-removal")); // Not a daemon: it must finish.

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
      found = look(engine, container, target, content);
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
    var config = inspected.getConfig();
    var create =
        client
            .createContainerCmd(inspected.getId())
            .withName(PROBE_PREFIX + UUID.randomUUID().toString().substring(0, 12))
            .withLabels(Map.of("io.docklab.probe", "true"));
    if (config == null || (empty(config.getCmd()) && empty(config.getEntrypoint()))) {
      create = create.withCmd("/docklab-never-started"); // An image without one cannot be created.
    }
    String id = create.exec().getId();
    try {
      String workdir = config == null ? null : config.getWorkingDir();
      FileFindings.Found found = look(engine, id, absolute(path, workdir), content);
      return FileFindings.judge(spec, context, subject, found, spec.exists(), content);
    } finally {
      removals.execute(() -> remove(client, id));
    }
  }

  /**
   * What is at {@code path}, from the file's metadata (links followed); the file is copied out only
   * when its content is compared.
   */
  private static FileFindings.Found look(
      DockerEngine engine, String container, String path, Matcher content) {
    PathStat.Stat stat = PathStat.of(engine, container, path);
    if (stat == null) {
      return ArchivedFile.read(engine.client(), container, path);
    }
    if (content == null || stat.found().kind() != FileFindings.Found.Kind.FILE) {
      return stat.found();
    }
    return ArchivedFile.read(engine.client(), container, stat.resolved());
  }

  private static String workdir(DockerClient client, String container) {
    var config = client.inspectContainerCmd(container).exec().getConfig();
    return config == null ? null : config.getWorkingDir();
  }

  private static void remove(DockerClient client, String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (RuntimeException gone) {
      // Already removed, or the engine went away: it carries the label io.docklab.probe=true.
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

  /** Waits for the throwaway containers still being removed. */
  @Override
  public void close() {
    removals.shutdown();
    try {
      removals.awaitTermination(REMOVAL_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
