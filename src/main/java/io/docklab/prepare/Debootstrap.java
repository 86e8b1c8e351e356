package io.docklab.prepare;

import io.docklab.i18n.Messages;
import io.docklab.util.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes a Debian root filesystem from the OS's package mirror with {@code debootstrap}. */
final class Debootstrap {
  static final String DEFAULT_MIRROR = "http://deb.debian.org/debian";

  private final String suite;
  private final String mirror;
  private final List<String> packages;

  Debootstrap(String suite, String mirror, List<String> packages) {
    this.suite = suite;
    this.mirror = mirror;
    this.packages = List.copyOf(packages);
  }

  /** The mirror in {@code DOCKLAB_DEBIAN_MIRROR}, else Debian's own. */
  static String mirrorFromEnvironment() {
    String mirror = System.getenv("DOCKLAB_DEBIAN_MIRROR");
    return mirror == null || mirror.isBlank() ? DEFAULT_MIRROR : mirror;
  }

  String suite() {
    return suite;
  }

  /** Fills {@code target} (an empty directory) with a minimal Debian system and the packages. */
  void populate(Path target, Progress progress) {
    if (!ExternalCommand.onPath("debootstrap")
        && !Files.isExecutable(Path.of("/usr/sbin/debootstrap"))) {
      throw new PrepareException(Messages.get("prepare.debootstrap.missing"));
    }
    List<String> command = new ArrayList<>();
    if (!isRoot()) {
      command.addAll(List.of("sudo", "-n"));
    }
    command.addAll(
        List.of(
            "debootstrap",
            "--variant=minbase",
            "--include=" + String.join(",", packages),
            suite,
            target.toString(),
            mirror));
    int[] steps = {0};
    ExternalCommand.Result result =
        ExternalCommand.run(
            command,
            line -> {
              if (line.startsWith("I: ")) {
                steps[0]++;
                progress.status(
                    Messages.get("prepare.debootstrap.status", suite, steps[0], line.substring(3)));
              }
            });
    if (!result.succeeded()) {
      throw new PrepareException(
          Messages.get(
              "prepare.debootstrap.failed", suite, mirror, result.exitCode(), result.tail()));
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
