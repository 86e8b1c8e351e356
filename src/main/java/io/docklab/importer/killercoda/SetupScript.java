package io.docklab.importer.killercoda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code background.sh} or {@code foreground.sh} as setup commands for docklab: Killercoda's own
 * machine plumbing (waiting for the machine to be ready, configuring or restarting the Docker
 * daemon, a registry started with podman, {@code /etc/hosts} edits, package installs) is left out
 * and reported with its line; the rest runs as the step's (or the lesson's) setup.
 */
final class SetupScript {
  /** Lines that belong to Killercoda's machine, not to the lesson, and why. */
  private record Plumbing(Pattern pattern, String why) {}

  private static final List<Plumbing> PLUMBING =
      List.of(
          new Plumbing(
              Pattern.compile("/ks/|\\.initfinished|/tmp/(background|finished|setup)"),
              "waits for or signals Killercoda's machine set-up"),
          new Plumbing(Pattern.compile("daemon\\.json"), "configures Killercoda's Docker daemon"),
          new Plumbing(
              Pattern.compile("\\b(systemctl|service\\s+docker|dockerd\\b)"),
              "restarts a system service"),
          new Plumbing(Pattern.compile("\\bpodman\\b"), "uses podman on Killercoda's machine"),
          new Plumbing(Pattern.compile("/etc/hosts"), "edits the machine's /etc/hosts"),
          new Plumbing(
              Pattern.compile(
                  "\\b(apt-get|apt|yum|dnf|apk|snap)\\s+(-\\S+\\s+)*(install|update|add)\\b"),
              "installs packages on the machine (docklab prepare makes what lessons need)"),
          new Plumbing(Pattern.compile("^\\s*(clear|reset)\\s*$"), "clears Killercoda's terminal"),
          new Plumbing(
              Pattern.compile("/opt/ks\\b|^\\s*rm\\s+\\$0\\s*$|/etc/containers/|\\.vimrc\\b"),
              "prepares Killercoda's own machine"),
          new Plumbing(
              Pattern.compile("^\\s*docker\\s+(image\\s+)?pull\\b"),
              "pulls an image: docklab prepare makes the lesson's images present (requires.images)"),
          new Plumbing(Pattern.compile("^\\s*set\\s+-[a-z]+\\s*$"), "shell options of the script"));

  private static final Pattern LOOP_START = Pattern.compile("^\\s*(while|until|for)\\b");

  private SetupScript() {}

  /** What a foreground script does in the learner's terminal that setup cannot. */
  private static final List<Plumbing> TERMINAL_ONLY =
      List.of(
          new Plumbing(
              Pattern.compile("^\\s*(echo|printf)\\b"),
              "a message Killercoda shows in the learner's terminal"),
          new Plumbing(
              Pattern.compile("^\\s*cd\\b"),
              "moves the learner's terminal; docklab's shell starts in the lesson workspace, and a"
                  + " cd in setup does not reach it"));

  /** The commands of a {@code background.sh} that docklab runs, in order; the rest reported. */
  static List<String> commands(String file, String script, ImportReport report) {
    return commands(file, script, report, false);
  }

  /** The same for a {@code foreground.sh}, which Killercoda runs in the learner's terminal. */
  static List<String> foreground(String file, String script, ImportReport report) {
    return commands(file, script, report, true);
  }

  private static List<String> commands(
      String file, String script, ImportReport report, boolean foreground) {
    List<String> kept = new ArrayList<>();
    int depth = 0;
    boolean dropping = false;
    boolean seenDo = false;
    for (ShellRewrite.Unit unit : ShellRewrite.units(script.replace("\r\n", "\n"))) {
      String text = unit.text();
      String strip = text.strip();
      if (unit.line() == 1 && strip.startsWith("#!")) {
        continue;
      }
      if (dropping) {
        seenDo |= opens(strip) > 0;
        depth += opens(strip) - closes(strip);
        if (seenDo && depth <= 0) {
          dropping = false;
        }
        continue;
      }
      Plumbing plumbing = plumbing(text, foreground);
      if (plumbing != null) {
        report.notMapped(
            file + ":" + unit.line(),
            "left out: `" + strip.lines().findFirst().orElse("") + "` " + plumbing.why());
        if (LOOP_START.matcher(text).find() && closes(strip) == 0) {
          dropping = true; // the loop's body and its done go with it
          depth = opens(strip);
          seenDo = depth > 0;
        }
        continue;
      }
      if (strip.startsWith("#")) {
        continue;
      }
      kept.add(text); // mkdir is made idempotent by ShellRewrite: setup runs on every visit
    }
    String body = String.join("\n", kept).strip();
    if (body.isEmpty() || body.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return List.of();
    }
    report.mapped(file, "setup commands (run quietly when the lab reaches the step)");
    return List.of(ShellRewrite.forDocklab(body));
  }

  /** True when a line of the scripts or commands needs Kubernetes or a second machine. */
  private static final Pattern K_ALIAS =
      Pattern.compile(
          "(?:^|[;&|(]\\s*)k\\s+(?:get|apply|create|describe|delete|run|logs|expose|scale|edit|exec)\\b");

  private static final Pattern SWARM =
      Pattern.compile(
          "\\bdocker\\s+(?:swarm\\s+(?:init|join)|service\\s+\\w|stack\\s+\\w|node\\s+\\w)");

  static String needsOtherMachine(String line) {
    if (Pattern.compile("\\bssh\\s+(\\S+@)?node\\d+|\\bscp\\b.*node\\d+").matcher(line).find()) {
      return "needs a second machine (node01), which a docklab lesson does not have";
    }
    if (Pattern.compile("\\b(kubectl|kubeadm|k3s|helm|minikube|kind\\s+create)\\b")
        .matcher(line)
        .find()) {
      return "needs a Kubernetes cluster, which a docklab lesson does not have";
    }
    if (K_ALIAS.matcher(line).find()) {
      return "needs a Kubernetes cluster (k is Killercoda's alias of kubectl), which a docklab"
          + " lesson does not have";
    }
    if (SWARM.matcher(line).find()) {
      return "needs swarm mode, which changes the whole Docker engine (docker swarm init) where a"
          + " docklab lesson may change only what it creates";
    }
    return null;
  }

  private static Plumbing plumbing(String line, boolean foreground) {
    for (Plumbing plumbing : PLUMBING) {
      if (plumbing.pattern().matcher(line).find()) {
        return plumbing;
      }
    }
    if (foreground) {
      for (Plumbing plumbing : TERMINAL_ONLY) {
        if (plumbing.pattern().matcher(line).find()) {
          return plumbing;
        }
      }
    }
    return null;
  }

  private static int opens(String line) {
    return Pattern.compile("\\bdo\\b").matcher(line).results().mapToInt(r -> 1).sum();
  }

  private static int closes(String line) {
    return Pattern.compile("\\bdone\\b").matcher(line).results().mapToInt(r -> 1).sum();
  }
}
