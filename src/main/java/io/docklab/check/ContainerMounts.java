package io.docklab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.docklab.exec.Variables;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.Mount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mounts of a container as {@code docker inspect} shows them (with {@code --tmpfs} ones), and
 * whether one that a {@code container} check asks for is among them.
 */
final class ContainerMounts {
  /** One mount of the container: its source is the volume's name or the host path. */
  record Found(String type, String source, String target, boolean readOnly) {}

  private final List<Found> mounts;

  private ContainerMounts(List<Found> mounts) {
    this.mounts = mounts;
  }

  static ContainerMounts of(InspectContainerResponse container) {
    List<Found> found = new ArrayList<>();
    if (container.getMounts() != null) {
      for (InspectContainerResponse.Mount mount : container.getMounts()) {
        String target = mount.getDestination() == null ? "" : mount.getDestination().getPath();
        String type = type(mount);
        String source = "volume".equals(type) ? mount.getName() : mount.getSource();
        found.add(
            new Found(
                type, source == null ? "" : source, target, Boolean.FALSE.equals(mount.getRW())));
      }
    }
    var host = container.getHostConfig();
    Map<String, String> tmpfs = host == null ? null : host.getTmpFs();
    if (tmpfs != null) {
      tmpfs.forEach(
          (target, options) ->
              found.add(
                  new Found(
                      "tmpfs",
                      "",
                      target,
                      options != null && List.of(options.split(",")).contains("ro"))));
    }
    return new ContainerMounts(found);
  }

  /**
   * What about {@code wanted} does not hold, in words, or null when the container has it.
   *
   * @param workspace the lesson workspace, from which a relative bind source is taken
   */
  String mismatch(Mount wanted, Variables variables, Path workspace) {
    String target = variables.text(wanted.target());
    Found found =
        mounts.stream().filter(m -> samePath(m.target(), target)).findFirst().orElse(null);
    if (found == null) {
      List<String> targets = mounts.stream().map(Found::target).sorted().toList();
      return Messages.get(
          "check.container.mount",
          target,
          targets.isEmpty() ? Messages.get("check.none") : String.join(", ", targets));
    }
    if (wanted.type() != null && !wanted.type().key().equals(found.type())) {
      return Messages.get("check.container.mountType", target, wanted.type().key(), found.type());
    }
    if (wanted.source() != null) {
      String source = variables.text(wanted.source());
      if (!sameSource(source, found, workspace)) {
        return Messages.get(
            "check.container.mountSource",
            target,
            source,
            found.source().isEmpty() ? Messages.get("check.none") : found.source());
      }
    }
    if (wanted.readOnly() != null && wanted.readOnly() != found.readOnly()) {
      return Messages.get(
          wanted.readOnly() ? "check.container.mountReadOnly" : "check.container.mountWritable",
          target);
    }
    return null;
  }

  /**
   * A volume by its name; a host path as given, or from the workspace when relative (the same place
   * reached through symbolic links counts too).
   */
  private static boolean sameSource(String source, Found found, Path workspace) {
    if ("volume".equals(found.type())) {
      return source.equals(found.source());
    }
    if (!"bind".equals(found.type()) || found.source().isEmpty()) {
      return false;
    }
    Path wanted =
        source.startsWith("/") || workspace == null ? Path.of(source) : workspace.resolve(source);
    return samePath(wanted.normalize().toString(), found.source())
        || sameRealPath(wanted, Path.of(found.source()));
  }

  private static boolean sameRealPath(Path first, Path second) {
    try {
      return first.toRealPath().equals(second.toRealPath());
    } catch (java.io.IOException | SecurityException absent) {
      return false;
    }
  }

  private static boolean samePath(String first, String second) {
    return trimmed(first).equals(trimmed(second));
  }

  private static String trimmed(String path) {
    String plain = Path.of(path).normalize().toString();
    return plain.length() > 1 && plain.endsWith("/")
        ? plain.substring(0, plain.length() - 1)
        : plain;
  }

  /** {@code volume}, {@code bind} or {@code tmpfs}: the engine's word, or what the mount shows. */
  private static String type(InspectContainerResponse.Mount mount) {
    Object type = mount.getRawValues() == null ? null : mount.getRawValues().get("Type");
    if (type instanceof String word && !word.isEmpty()) {
      return word;
    }
    if (mount.getName() != null && !mount.getName().isEmpty()) {
      return "volume";
    }
    return mount.getSource() == null || mount.getSource().isEmpty() ? "tmpfs" : "bind";
  }
}
