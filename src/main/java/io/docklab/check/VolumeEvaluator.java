package io.docklab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import io.docklab.docker.DockerEngine;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.VolumeCheck;
import java.time.Duration;

/**
 * A {@code volume} check: a volume by name is there or not, with its driver, and a file in it, read
 * through a probe container that mounts the volume read-only and is never started.
 */
final class VolumeEvaluator implements CheckEvaluator<VolumeCheck> {
  /** Where a probe mounts the volume it reads. */
  static final String MOUNT_POINT = "/docklab-volume";

  private final Probes probes;

  VolumeEvaluator(Probes probes) {
    this.probes = probes;
  }

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(VolumeCheck spec, CheckContext context, Duration waited) {
    DockerClient client = context.engine().engine().client();
    String name = context.variables().text(spec.name());
    String subject = Messages.get("check.volume.subject", name);
    InspectVolumeResponse volume;
    try {
      volume = client.inspectVolumeCmd(name).exec();
    } catch (NotFoundException absent) {
      return spec.exists()
          ? Verdict.fail(spec, context, "check.volume.absent", subject)
          : Verdict.pass(spec, "check.volume.none", subject);
    }
    String driver = volume.getDriver();
    if (!spec.exists()) {
      return Verdict.fail(spec, context, "check.volume.unwanted", subject, driver);
    }
    if (spec.driver() != null) {
      String wanted = context.variables().text(spec.driver());
      if (!wanted.equals(driver)) {
        return Verdict.fail(spec, context, "check.volume.driver", subject, wanted, driver);
      }
    }
    if (spec.path() == null) {
      return Verdict.pass(spec, "check.volume.ok", subject, driver);
    }
    return file(spec, context, name);
  }

  /** The file {@code spec.path()} in the volume {@code name}, read through a probe. */
  private CheckResult file(VolumeCheck spec, CheckContext context, String name) {
    DockerEngine engine = context.engine().engine();
    DockerClient client = engine.client();
    String path = context.variables().text(spec.path());
    String subject = Messages.get("check.volume.fileSubject", path, name);
    if (!path.isBlank() && ("/" + path + "/").contains("/../")) {
      return Verdict.fail(
          spec, context, "check.failedToLook", subject, Messages.get("check.volume.leaves"));
    }
    Matcher content = TextMatch.substituted(spec.content(), context.variables());
    InspectImageResponse image = ProbeImage.choose(client, context.images());
    if (image == null) {
      return Verdict.fail(spec, context, "check.volume.noImage", subject);
    }
    String id =
        probes.create(client, image, new Bind(name, new Volume(MOUNT_POINT), AccessMode.ro));
    try {
      FileFindings.Found found = ContainerFiles.look(engine, id, MOUNT_POINT + "/" + path, content);
      return FileFindings.judge(spec, context, subject, found, true, content);
    } finally {
      probes.removeLater(client, id);
    }
  }
}
