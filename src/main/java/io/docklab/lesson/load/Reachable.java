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
