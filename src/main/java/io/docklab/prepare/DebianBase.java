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
import java.util.ArrayList;
import java.util.List;

/**
 * A Debian minbase root filesystem with some packages, imported once as one image ({@link #tag()})
 * and kept on the engine: the base of docklab's offline images. Made with {@code debootstrap}, so
 * it needs the Debian mirror but no container registry.
 */
final class DebianBase {
  /** What every base leaves out: what apt downloaded, and documentation. */
  private static final List<String> TRIMMED =
      List.of(
          "var/cache/apt/archives/*.deb",
          "var/lib/apt/lists/*",
          "usr/share/doc/*",
          "usr/share/man/*");

  private final DockerEngine engine;
  private final Debootstrap debootstrap;
  private final ImageReference tag;
  private final List<String> changes;
  private final List<String> alsoTrimmed;
  private final String contents;

  /**
   * @param contents what the packages are, in a few words for the progress line
   * @param changes Dockerfile-style changes for {@code docker import} (ENV, LABEL, CMD)
   * @param alsoTrimmed paths (shell globs, relative to the root) to remove besides {@link #TRIMMED}
   */
  DebianBase(
      DockerEngine engine,
      Debootstrap debootstrap,
      ImageReference tag,
      String contents,
      List<String> changes,
      List<String> alsoTrimmed) {
    this.engine = engine;
    this.debootstrap = debootstrap;
    this.tag = tag;
    this.contents = contents;
    this.changes = List.copyOf(changes);
    this.alsoTrimmed = List.copyOf(alsoTrimmed);
  }

  ImageReference tag() {
    return tag;
  }

  /** Makes {@link #tag()} present; returns how, in a few words. */
  String ensure(Progress progress) {
    if (engine.hasImage(tag.toString())) {
      return Messages.get("prepare.offline.tagged", tag);
    }
    Instant start = Instant.now();
    build(progress);
    return Messages.get(
        "prepare.offline.built",
        debootstrap.suite(),
        Duration.between(start, Instant.now()).toSeconds());
  }

  private void build(Progress progress) {
    Path rootfs = temporaryDirectory();
    try {
      progress.line(Messages.get("prepare.offline.debootstrap", debootstrap.suite(), contents));
      debootstrap.populate(rootfs, progress);
      trim(rootfs);
      progress.line(Messages.get("prepare.offline.import", tag));
      new RootfsImport(engine).importDirectory(rootfs, tag, changes);
    } finally {
      ExternalCommand.run(List.of("rm", "-rf", "--one-file-system", rootfs.toString()), line -> {});
    }
  }

  private void trim(Path rootfs) {
    List<String> globs = new ArrayList<>(TRIMMED);
    globs.addAll(alsoTrimmed);
    ExternalCommand.run(
        List.of(
            "sh",
            "-c",
            "cd \"$1\" || exit 1; rm -rf " + String.join(" ", globs),
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
