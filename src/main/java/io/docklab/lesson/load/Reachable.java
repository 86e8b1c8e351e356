package io.docklab.lesson.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code validate} can tell, from a lesson's text alone, about a path or a URL that would fail
 * when the step runs: a workspace path that is absolute or leads out of the workspace, a URL that
 * does not parse or is not http. Placeholders stand for values unknown here, so they count as one
 * ordinary word.
 */
final class Reachable {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  private Reachable() {}

  /** The error key for a workspace path, or null when it stays inside the workspace. */
  static String workspacePathProblem(String path) {
    if (path.startsWith("/")) {
      return "absolutePath";
    }
    int depth = 0;
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        depth--;
        if (depth < 0) {
          return "leavesWorkspace";
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return depth == 0 ? "leavesWorkspace" : null;
  }

  // --- checks (issue 13): host paths and volume paths ---

  /** Whether {@code path} is absolute and has no {@code ..} segment. */
  static boolean plainAbsolute(String path) {
    return path.startsWith("/") && !hasParentSegment(path);
  }

  /**
   * The error key for the path of a {@code file} check: none for a workspace path, or for an
   * absolute path under one of {@code hostPaths}.
   */
  static String checkedPathProblem(String path, java.util.List<String> hostPaths) {
    if (!path.startsWith("/")) {
      return workspacePathProblem(path);
    }
    if (hostPaths.isEmpty()) {
      return "absolutePath";
    }
    return plainAbsolute(path) && hostPaths.stream().anyMatch(host -> under(path, host))
        ? null
        : "notUnderHostPaths";
  }

  /** Whether {@code path} is {@code root} or lies inside it (both absolute, without {@code ..}). */
  static boolean under(String path, String root) {
    String base = root.replaceAll("/+$", "");
    String plain = path.replaceAll("/+$", "");
    return plain.equals(base) || plain.startsWith(base + "/");
  }

  /** Whether {@code path} is a file path relative to a volume's root, never leaving it. */
  static boolean volumePath(String path) {
    return !path.isBlank()
        && !path.startsWith("/")
        && !hasParentSegment(path)
        && workspacePathProblem(path) == null;
  }

  private static boolean hasParentSegment(String path) {
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  // --- end checks ---

  /** Whether {@code url} is an http or https URL with a host, placeholders aside. */
  static boolean httpUrl(String url) {
    String text = PLACEHOLDER.matcher(url).replaceAll("0");
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
