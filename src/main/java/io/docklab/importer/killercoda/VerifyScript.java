package io.docklab.importer.killercoda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code verify.sh} as docklab checks: always the script itself, kept as written (paths made the
 * workspace's), judged by its exit status; and before it, for each line that is a recognisable
 * pattern, the declarative check it stands for, whose failure says what was expected and what was
 * found.
 */
final class VerifyScript {
  private static final Pattern PS_GREP =
      Pattern.compile(
          "docker\\s+(?:container\\s+ls|ps)((?:\\s+-\\S+)*)\\s*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+[\"']?([\\w.:/-]+)[\"']?");
  private static final Pattern IMAGES_GREP =
      Pattern.compile(
          "docker\\s+(?:images|image\\s+ls)((?:\\s+-\\S+)*)\\s*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+[\"']?([\\w.:/-]+)[\"']?");
  private static final Pattern CURL_GREP =
      Pattern.compile(
          "curl\\b[^|]*?\\s[\"']?((?:https?://)?(?:localhost|127\\.0\\.0\\.1|\\[::1])(?::\\d+)?(?:/[^\\s\"'|]*)?)[\"']?[^|]*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern FILE_TEST =
      Pattern.compile("(?:\\btest\\s+-[fe]|\\[\\[?\\s+-[fe])\\s+[\"']?([^\\s\"'\\]]+)[\"']?");
  private static final Pattern NETWORK =
      Pattern.compile(
          "docker\\s+network\\s+(?:ls[^|]*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+|inspect\\s+)[\"']?([\\w.-]+)[\"']?");
  private static final Pattern VOLUME =
      Pattern.compile(
          "docker\\s+volume\\s+(?:ls[^|]*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+|inspect\\s+)[\"']?([\\w.-]+)[\"']?");

  /** {@code cat /var/lib/docker/volumes/NAME/_data/FILE | grep TEXT}: the engine's own path. */
  private static final Pattern VOLUME_FILE_GREP =
      Pattern.compile(
          "\\bcat\\s+/var/lib/docker/volumes/([\\w.-]+)/_data/([^\\s|]+)\\s*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

  /** {@code cat FILE | grep TEXT} with a workspace file (after {@code /root/} became relative). */
  private static final Pattern FILE_GREP =
      Pattern.compile(
          "(?:^|[\\s;&(])cat\\s+[\"']?([\\w.][\\w./-]*)[\"']?\\s*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

  /** {@code docker exec NAME env | grep KEY=VALUE}: the container's environment. */
  private static final Pattern ENV_GREP =
      Pattern.compile(
          "docker\\s+(?:container\\s+)?exec\\s+[\"']?([\\w.-]+)[\"']?\\s+(?:env|printenv)\\s*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+[\"']?([A-Za-z_]\\w*)=([^\\s\"']+)[\"']?\\s*$");

  /** {@code [[ $(docker inspect NAME 2>&1) == *"No such object"* ]]}: the container is gone. */
  private static final Pattern NO_SUCH_OBJECT =
      Pattern.compile(
          "docker\\s+(?:container\\s+)?inspect\\s+[\"']?([\\w.-]+)[\"']?[^)]*\\)\"?\\s*==\\s*\\*\"No such (?:object|container)");

  private static final Pattern EXPECTED_ERROR =
      Pattern.compile("\\$\\(([^()]+)\\)\"?\\s*==\\s*\\*\"([^\"]+)\"\\*");
  private static final Pattern ERROR_TEXT =
      Pattern.compile(
          "(?i)could not|cannot|failed|refused|error|denied|not found|no such|unable|bad address|timed out");

  private static final Pattern KILLERCODA_DIR = Pattern.compile("(?<![\\w/.-])/ks/");
  private static final Pattern NETWORK_INSPECT_GREP =
      Pattern.compile(
          "docker\\s+network\\s+inspect\\s+[\"']?([\\w.-]+)[\"']?[^|]*\\|\\s*grep((?:\\s+-[a-zA-Z]+)*)\\s+[\"']?([\\w.-]+)[\"']?");
  private static final Pattern STATUS_TEXT = Pattern.compile("^([1-5]\\d\\d)\\b");

  private VerifyScript() {}

  /** The checks of one {@code verify.sh}. */
  static List<CheckYaml> checks(
      String file, String script, CommandFacts facts, ImportReport report) {
    String rewritten = ShellRewrite.forDocklab(script.replace("\r\n", "\n"));
    if (KILLERCODA_DIR.matcher(rewritten).find()) {
      rewritten = KILLERCODA_DIR.matcher(rewritten).replaceAll("\\${TMPDIR:-/tmp}/");
      report.mapped(file, "Killercoda's /ks/ (its logs) is the temporary directory here");
    }
    List<CheckYaml> checks = new ArrayList<>();
    String[] lines = rewritten.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("#") || negated(line)) {
        continue;
      }
      CheckYaml check = declarative(line, facts);
      if (check != null) {
        checks.add(check);
        report.mapped(
            file + ":" + (i + 1),
            "`" + line.strip() + "` also as a check of kind " + check.get("kind"));
      }
    }
    String body = rewritten.endsWith("\n") ? rewritten : rewritten + "\n";
    checks.add(
        CheckYaml.kind("command")
            .put("run", body)
            .put("exitCode", 0)
            .put("message", "the scenario's " + file + " did not pass (exit status not 0)"));
    report.mapped(file, "a command check: the script as written, passing with exit status 0");
    return checks;
  }

  /**
   * The commands the script expects to fail: those whose output it compares with an error text,
   * {@code [[ $(docker exec a curl -sS b 2>&1) == *"Could not resolve host"* ]]}.
   */
  static Set<String> expectedFailures(String script) {
    Set<String> commands = new HashSet<>();
    Matcher m = EXPECTED_ERROR.matcher(ShellRewrite.forDocklab(script));
    while (m.find()) {
      if (ERROR_TEXT.matcher(m.group(2)).find()) {
        commands.add(normalised(m.group(1).replaceFirst("\\s*2>&1\\s*$", "")));
      }
    }
    return commands;
  }

  /** A command with its blanks folded, to compare a step's command with a verify script's. */
  static String normalised(String command) {
    return command.strip().replaceAll("\\s+", " ");
  }

  private static boolean negated(String line) {
    return line.contains("grep -v") || line.matches(".*(^|\\s)!\\s.*") || line.contains("-z ");
  }

  private static CheckYaml declarative(String line, CommandFacts facts) {
    Matcher m = PS_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v")) {
      String word = m.group(3);
      CheckYaml check = CheckYaml.kind("container");
      if (facts.containers().contains(word) || !facts.images().contains(word)) {
        check.put("name", word);
      } else {
        check.put("image", word);
      }
      if (!m.group(1).contains("-a")) {
        check.put("state", "running");
      }
      return check;
    }
    m = IMAGES_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v")) {
      return CheckYaml.kind("image").put("ref", facts.imageNamed(m.group(3)));
    }
    m = CURL_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v")) {
      String text = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      String url = m.group(1).replaceFirst("^(?!https?://)", "http://");
      CheckYaml http =
          CheckYaml.kind("http").put("url", url.replace("://localhost", "://127.0.0.1"));
      Matcher status = STATUS_TEXT.matcher(text);
      if (status.find()) {
        http.put("status", Integer.parseInt(status.group(1))); // grep "403 Forbidden"
      }
      return http.put("body", text).put("within", "10s");
    }
    m = VOLUME_FILE_GREP.matcher(line);
    if (m.find() && !m.group(3).contains("v") && !m.group(2).contains("..")) {
      String text = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
      return CheckYaml.kind("volume")
          .put("name", m.group(1))
          .put("path", m.group(2))
          .put("content", text);
    }
    m = ENV_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v")) {
      return CheckYaml.kind("container")
          .put("name", m.group(1))
          .put("env", Map.of(m.group(3), m.group(4)));
    }
    m = FILE_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v") && !m.group(1).contains("..")) {
      String text = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
      return CheckYaml.kind("file").put("path", m.group(1)).put("content", text);
    }
    m = NO_SUCH_OBJECT.matcher(line);
    if (m.find()) {
      return CheckYaml.kind("container").put("name", m.group(1)).put("exists", false);
    }
    m = NETWORK_INSPECT_GREP.matcher(line);
    if (m.find() && !m.group(2).contains("v")) {
      return CheckYaml.kind("network").put("name", m.group(1)).put("attached", List.of(m.group(3)));
    }
    m = FILE_TEST.matcher(line);
    if (m.find() && !m.group(1).startsWith("/") && !m.group(1).contains("$")) {
      return CheckYaml.kind("file").put("path", m.group(1));
    }
    m = NETWORK.matcher(line);
    if (m.find()
        && (m.group(1) == null || !m.group(1).contains("v"))
        && !List.of("bridge", "host", "none").contains(m.group(2))) {
      return CheckYaml.kind("network").put("name", m.group(2)); // the engine's own always exist
    }
    m = VOLUME.matcher(line);
    if (m.find() && (m.group(1) == null || !m.group(1).contains("v"))) {
      return CheckYaml.kind("volume").put("name", m.group(2));
    }
    return null;
  }
}
