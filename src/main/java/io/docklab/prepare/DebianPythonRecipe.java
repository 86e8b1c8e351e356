package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.util.ExternalCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The lab's {@code python} images, made offline: a Debian 12 minbase root filesystem with Python
 * 3.11, pip, Flask and redis-py, imported once as {@code docklab/debian-python:bookworm} and tagged
 * as each {@code python:…} reference a lesson asks for. pip sees the requirements of the lessons as
 * already satisfied and never reaches for an index.
 */
final class DebianPythonRecipe implements OfflineRecipe {
  static final ImageReference BASE = ImageReference.parse("docklab/debian-python:bookworm");
  static final List<String> PACKAGES =
      List.of("python3", "python3-pip", "python3-flask", "python3-redis", "python-is-python3");
  static final List<String> CHANGES =
      List.of(
          "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "ENV LANG=C.UTF-8",
          "ENV PIP_NO_INDEX=1",
          "ENV PIP_DISABLE_PIP_VERSION_CHECK=1",
          "ENV PIP_ROOT_USER_ACTION=ignore",
          "LABEL io.docklab.recipe=debian-python io.docklab.suite=bookworm",
          "CMD [\"python3\"]");

  private final DockerEngine engine;
  private final Debootstrap debootstrap;

  DebianPythonRecipe(DockerEngine engine) {
    this(engine, new Debootstrap("bookworm", Debootstrap.mirrorFromEnvironment(), PACKAGES));
  }

  DebianPythonRecipe(DockerEngine engine, Debootstrap debootstrap) {
    this.engine = engine;
    this.debootstrap = debootstrap;
  }

  @Override
  public boolean serves(ImageReference image) {
    return image.name().equals("python");
  }

  @Override
  public String make(ImageReference image, Progress progress) {
    String how = ensureBase(progress);
    engine
        .client()
        .tagImageCmd(BASE.toString(), image.repository(), image.tag())
        .withForce(true)
        .exec();
    return how;
  }

  /** Makes {@link #BASE} present; returns how, in a few words. */
  String ensureBase(Progress progress) {
    if (engine.hasImage(BASE.toString())) {
      return Messages.get("prepare.offline.tagged", BASE);
    }
    Instant start = Instant.now();
    buildBase(progress);
    return Messages.get(
        "prepare.offline.built",
        debootstrap.suite(),
        Duration.between(start, Instant.now()).toSeconds());
  }

  private void buildBase(Progress progress) {
    Path rootfs = temporaryDirectory();
    try {
      progress.line(Messages.get("prepare.offline.debootstrap", debootstrap.suite()));
      debootstrap.populate(rootfs, progress);
      trim(rootfs);
      progress.line(Messages.get("prepare.offline.import", BASE));
      new RootfsImport(engine).importDirectory(rootfs, BASE, CHANGES);
    } finally {
      ExternalCommand.run(List.of("rm", "-rf", "--one-file-system", rootfs.toString()), line -> {});
    }
  }

  /** Leaves out what an image does not need, and lets pip act on the system's site-packages. */
  private static void trim(Path rootfs) {
    ExternalCommand.run(
        List.of(
            "sh",
            "-c",
            "cd \"$1\" || exit 1; rm -rf var/cache/apt/archives/*.deb var/lib/apt/lists/* "
                + "usr/share/doc/* usr/share/man/* usr/lib/python3*/EXTERNALLY-MANAGED",
            "trim",
            rootfs.toString()),
        line -> {});
  }

  private static Path temporaryDirectory() {
    try {
      Path parent = Path.of(System.getProperty("docklab.work", "/var/tmp"));
      return Files.createTempDirectory(parent, "docklab-rootfs-");
    } catch (IOException failed) {
      throw new PrepareException(Messages.get("prepare.tempdir.failed", failed.getMessage()));
    }
  }
}
