package io.docklab.importer.killercoda;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path alone in a code span of the text ({@code `/root/data`}) is the learner's machine's or a
 * container's, and only the scenario's commands tell which: one that they use only inside a
 * container ({@code -v data:/root/data}, {@code WORKDIR /root/app}) stays as written; any other is
 * the workspace's ({@code `/root/site`} as {@code `site`}).
 */
final class PathSpans {
  private static final Pattern SPAN = Pattern.compile("`([^`]+)`");

  private final Set<String> host = new LinkedHashSet<>();
  private final Set<String> all = new LinkedHashSet<>();

  /** Takes in the paths of a command or script, as the scenario wrote it. */
  void read(String shell) {
    host.addAll(HostPaths.hostRoots(shell));
    all.addAll(HostPaths.roots(shell));
  }

  /** {@code markdown} with its path spans as the learner should read them. */
  String inText(String markdown) {
    Matcher span = SPAN.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (span.find()) {
      String inner = span.group(1);
      String shown =
          StepTextConverter.BARE_PATH.matcher(inner).matches() && !inContainer(inner)
              ? HostPaths.host(inner)
              : inner;
      span.appendReplacement(out, Matcher.quoteReplacement("`" + shown + "`"));
    }
    span.appendTail(out);
    return out.toString();
  }

  /** True when the scenario uses {@code path} inside a container only. */
  boolean inContainer(String path) {
    String p = path.replaceFirst("^~", "/root").replaceFirst("/+$", "");
    if (p.equals("/root")) {
      return false;
    }
    Set<String> container = new LinkedHashSet<>(all);
    container.removeAll(host);
    return related(p, container) && !related(p, host);
  }

  private static boolean related(String path, Set<String> paths) {
    for (String other : paths) {
      if (other.equals(path) || other.startsWith(path + "/") || path.startsWith(other + "/")) {
        return true;
      }
    }
    return false;
  }
}
