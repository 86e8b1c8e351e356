package io.docklab.importer.killercoda;

import io.docklab.exec.ShellLexer;
import io.docklab.repl.feedback.DockerArgs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Killercoda's home ({@code /root}, {@code ~}) as the lesson workspace, where it names a path on
 * the learner's machine and only there. Shell text is taken apart into simple commands, their words
 * and their here-documents, and each word is judged by where it stands:
 *
 * <ul>
 *   <li>a host path ({@code cat /root/x}, a redirect, {@code docker build /root/app}, {@code docker
 *       cp /root/x c:/root/x}'s first word): {@code /root/x} becomes {@code x};
 *   <li>the host side of a bind mount ({@code -v /root/site:/usr/share/nginx/html}, {@code --mount
 *       source=/root/d}): {@code $PWD/site}, since docker wants it absolute;
 *   <li>a path inside a container (the container side of a mount, {@code -w}, the image and the
 *       command after it in {@code docker run}, everything after {@code docker exec}, a
 *       Dockerfile's instructions, a Dockerfile written with a here-document or {@code echo … >>
 *       Dockerfile}): left as it is;
 *   <li>a Compose file: the host side of its volumes, relative to the file's directory ({@code -
 *       /root/web:/usr/share/nginx/html} in {@code /root/app/compose.yaml} is {@code ../web}), and
 *       its published ports on the loopback address.
 * </ul>
 */
final class HostPaths {
  private static final Pattern ROOT_PATH =
      Pattern.compile("(?<![\\w./-])(?:/root|~)(?:(/)(?=[^\\s;&|)\"'])|/?(?=[\\s;&|)\"':]|$))");
  private static final Pattern FULL_ROOT_PATH =
      Pattern.compile("(?<![\\w./-])(?:/root|~)(?![\\w.-])(?:/[^\\s;&|)\"'`:,]*)?");
  private static final Pattern MOUNT_SOURCE = Pattern.compile("^([\"']?)(?:/root|~)(?=[/:\"']|$)");
  private static final Pattern MOUNT_OPTION =
      Pattern.compile("((?:^|,)[\"']?(?:source|src)=)(?:/root|~)(?=[/,\"']|$)");
  private static final Pattern HOME = Pattern.compile("^(?:/root|~)(?:/(.*?))?/?$");
  private static final Pattern COMPOSE_NAME =
      Pattern.compile("(?:docker-)?compose(?:\\.[\\w-]+)?\\.ya?ml");
  private static final Pattern DOCKERFILE_NAME =
      Pattern.compile("(?i)(?:docker|container)file(?:\\.[\\w-]+)?|[\\w.-]+\\.dockerfile");
  private static final Set<String> INSTRUCTIONS =
      Set.of(
          "FROM",
          "RUN",
          "CMD",
          "LABEL",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL",
          "MAINTAINER");

  /** docker run's short flags that docker build's options would read as taking a value. */
  private static final Set<String> RUN_FLAGS =
      Set.of("-t", "-i", "-d", "-it", "-ti", "-itd", "-dit");

  private static final Pattern COMPOSE_VOLUME =
      Pattern.compile(
          "^(\\s*(?:-\\s*|source:\\s*)[\"']?)(?:/root|~)(/[^\\s:\"']*)?(?=[:\"'\\s]|$)");
  private static final Pattern COMPOSE_KEY = Pattern.compile("^(\\s*)([\\w-]+):\\s*(?:#.*)?$");
  private static final Pattern COMPOSE_PORT =
      Pattern.compile(
          "^(\\s*-\\s*)([\"']?)(\\d{1,5}(?:-\\d{1,5})?:\\d{1,5}(?:-\\d{1,5})?(?:/\\w+)?)\\2\\s*$");

  private HostPaths() {}

  /** {@code text} (shell: a command, a block, a script) with the home's host paths rewritten. */
  static String inShell(String text) {
    return inShell(text, 0);
  }

  /**
   * {@code text} run {@code depth} directories below the workspace (after {@code cd /root/app/src},
   * 2): {@code /root/x} is {@code ../../x} there.
   */
  static String inShell(String text, int depth) {
    List<Edit> edits = new ArrayList<>();
    for (Command command : Command.split(text)) {
      command.judge(edits, depth);
    }
    edits.sort(java.util.Comparator.comparingInt(Edit::start));
    StringBuilder out = new StringBuilder(text);
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit edit = edits.get(i);
      out.replace(edit.start(), edit.end(), edit.text());
    }
    return out.toString();
  }

  /**
   * Every path under the home that {@code text} names, as written ({@code /root/x}, {@code ~/x}).
   */
  static List<String> roots(String text) {
    List<String> paths = new ArrayList<>();
    Matcher matcher = FULL_ROOT_PATH.matcher(text);
    while (matcher.find()) {
      paths.add(matcher.group().replaceFirst("^~", "/root").replaceFirst("/+$", ""));
    }
    return paths;
  }

  /** The paths under the home that {@code text} names as the learner's machine's. */
  static java.util.Set<String> hostRoots(String text) {
    List<Edit> edits = new ArrayList<>();
    for (Command command : Command.split(text)) {
      command.judge(edits, 0);
    }
    java.util.Set<String> paths = new java.util.LinkedHashSet<>();
    edits.forEach(edit -> paths.addAll(edit.hostPaths()));
    return paths;
  }

  private static List<String> composeSources(String content) {
    List<String> paths = new ArrayList<>();
    for (String line : content.split("\n")) {
      Matcher volume = COMPOSE_VOLUME.matcher(line);
      if (volume.find()) {
        paths.add("/root" + (volume.group(2) == null ? "" : volume.group(2)));
      }
    }
    return paths;
  }

  /**
   * A file's content as docklab should write it at {@code path} (workspace-relative): a Compose
   * file's volumes and ports rewritten, anything else as it is.
   */
  static String inFile(String path, String content) {
    return isCompose(path) ? compose(content, path) : content;
  }

  /** A path in the workspace: {@code /root/x} as {@code x}, {@code /root} as {@code .}. */
  static String host(String word) {
    return host(word, 0);
  }

  /** A path in the workspace seen from {@code depth} directories below it. */
  static String host(String word, int depth) {
    String up = "../".repeat(depth);
    Matcher matcher = ROOT_PATH.matcher(word);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement =
          matcher.group(1) != null ? up : depth == 0 ? "." : up.substring(0, up.length() - 1);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String mount(String value, int depth) {
    return MOUNT_SOURCE
        .matcher(value)
        .replaceFirst("$1" + Matcher.quoteReplacement("$PWD" + "/..".repeat(depth)));
  }

  /**
   * The directory (relative to the workspace, {@code ""} for itself) that the learner's shell is in
   * after {@code text}, run in {@code cwd}: a {@code cd} of its own moves it; {@code cd} to a place
   * outside the workspace counts as the workspace, the best guess.
   */
  static String after(String text, String cwd) {
    for (Command command : Command.split(text)) {
      List<Word> args = command.arguments();
      if (args.isEmpty() || !args.get(0).text().equals("cd")) {
        continue;
      }
      String target = args.size() > 1 ? args.get(1).text().replaceAll("[\"']", "") : "~";
      if (target.equals("-")) {
        continue;
      }
      Matcher home = HOME.matcher(target);
      Path next;
      if (home.matches()) {
        next = Path.of(home.group(1) == null ? "" : home.group(1));
      } else if (target.startsWith("/") || target.contains("$")) {
        next = Path.of("");
      } else {
        next = Path.of(cwd).resolve(target);
      }
      String normal = next.normalize().toString();
      cwd = normal.startsWith("..") ? "" : normal;
    }
    return cwd;
  }

  /** How many directories below the workspace {@code cwd} is. */
  static int depth(String cwd) {
    return cwd.isEmpty() ? 0 : Path.of(cwd).getNameCount();
  }

  private static String mountOption(String value, int depth) {
    return MOUNT_OPTION
        .matcher(value)
        .replaceAll("$1" + Matcher.quoteReplacement("$PWD" + "/..".repeat(depth)));
  }

  private static String fileName(String path) {
    String unquoted = path.replaceAll("[\"']", "");
    int slash = unquoted.lastIndexOf('/');
    return slash < 0 ? unquoted : unquoted.substring(slash + 1);
  }

  static boolean isCompose(String path) {
    return COMPOSE_NAME.matcher(fileName(path)).matches();
  }

  static boolean isDockerfile(String path) {
    return DOCKERFILE_NAME.matcher(fileName(path)).matches();
  }

  /** A Compose file at {@code path}: host sides of volumes relative to its directory. */
  static String compose(String content, String path) {
    Path dir = Path.of(host(path.replaceAll("[\"']", ""))).normalize().getParent();
    StringBuilder out = new StringBuilder();
    int portsIndent = -1;
    for (String line : content.split("\n", -1)) {
      Matcher key = COMPOSE_KEY.matcher(line);
      if (key.matches()) {
        portsIndent = key.group(2).equals("ports") ? key.group(1).length() : -1;
      } else if (!line.isBlank() && !line.stripLeading().startsWith("-")) {
        portsIndent = -1;
      }
      Matcher volume = COMPOSE_VOLUME.matcher(line);
      Matcher port = COMPOSE_PORT.matcher(line);
      if (volume.find()) {
        String inWorkspace = volume.group(2) == null ? "" : volume.group(2).substring(1);
        String relative = relative(dir, inWorkspace);
        line = volume.group(1) + relative + line.substring(volume.end());
      } else if (portsIndent >= 0 && port.matches()) {
        line = port.group(1) + "\"127.0.0.1:" + port.group(3) + "\"";
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String relative(Path dir, String inWorkspace) {
    Path target = Path.of(inWorkspace.isEmpty() ? "." : inWorkspace).normalize();
    String relative = (dir == null ? target : dir.relativize(target)).toString().replace('\\', '/');
    if (relative.isEmpty()) {
      return ".";
    }
    return relative.startsWith(".") ? relative : "./" + relative;
  }

  /** A replacement of text[start, end). */
  /** A replacement of text[start, end), and the home's paths it took as the learner's machine's. */
  private record Edit(int start, int end, String text, List<String> hostPaths) {}

  /** A word of a simple command, where it stands in the text. */
  private record Word(String text, int start, int end, boolean redirectTarget) {}

  /** A here-document's body, where it stands. */
  private record Body(int start, int end) {}

  /** One simple command: its words and the bodies of its here-documents. */
  private static final class Command {
    private final List<Word> words = new ArrayList<>();
    private final List<Body> bodies = new ArrayList<>();
    private final String source;

    private Command(String source) {
      this.source = source;
    }

    /** The simple commands of {@code text}, with their words and here-document bodies. */
    static List<Command> split(String text) {
      List<Command> commands = new ArrayList<>();
      ShellLexer lexer = new ShellLexer(text);
      Command current = new Command(text);
      Command withBody = null;
      int wordStart = -1;
      int bodyStart = -1;
      boolean redirect = false;
      boolean redirectWord = false;
      for (int i = 0; i <= text.length(); i++) {
        lexer.readTo(i);
        ShellLexer.Place place = i < text.length() ? lexer.place() : ShellLexer.Place.CODE;
        boolean inBody =
            i < text.length()
                && (place == ShellLexer.Place.HERE_DOCUMENT
                    || place == ShellLexer.Place.LITERAL_HERE_DOCUMENT);
        if (inBody) {
          if (wordStart >= 0) {
            current.add(text, wordStart, i, redirectWord);
            wordStart = -1;
          }
          if (bodyStart < 0) {
            bodyStart = i;
          }
          continue;
        }
        if (bodyStart >= 0) {
          (withBody == null ? current : withBody).bodies.add(new Body(bodyStart, i));
          bodyStart = -1;
        }
        char c = i < text.length() ? text.charAt(i) : '\n';
        boolean code = place == ShellLexer.Place.CODE && !lexer.escaped();
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        // a backslash that joins the next line: the two are a space between words
        boolean continuation =
            place == ShellLexer.Place.CODE
                && ((c == '\\' && after == '\n' && !lexer.escaped())
                    || (c == '\n' && before == '\\' && lexer.escaped()));
        boolean space = (code && (c == ' ' || c == '\t')) || continuation;
        boolean redirectAmpersand = c == '&' && (before == '>' || before == '<' || after == '>');
        boolean separator =
            !continuation
                && code
                && (c == ';' || c == '|' || (c == '&' && !redirectAmpersand) || c == '\n');
        boolean redirection = code && (c == '<' || c == '>' || redirectAmpersand);
        if (space || separator || redirection) {
          if (wordStart >= 0) {
            current.add(text, wordStart, i, redirectWord);
            wordStart = -1;
            redirect = false;
          }
          if (redirection) {
            redirect = c == '>' || redirect;
          }
          if (separator) {
            if (!current.bodies.isEmpty() || current.hereDocument()) {
              withBody = current;
            }
            if (!current.words.isEmpty()) {
              commands.add(current);
            }
            current = new Command(text);
            redirect = false;
          }
          continue;
        }
        if (wordStart < 0) {
          wordStart = i;
          redirectWord = redirect && !text.startsWith("&", i);
        }
      }
      if (!current.words.isEmpty() || !current.bodies.isEmpty()) {
        commands.add(current);
      }
      return commands;
    }

    private void add(String text, int start, int end, boolean redirectTarget) {
      words.add(new Word(text.substring(start, end), start, end, redirectTarget));
    }

    private boolean hereDocument() {
      int first = words.isEmpty() ? 0 : words.get(0).start();
      int last = words.isEmpty() ? 0 : words.get(words.size() - 1).end();
      return source.substring(first, last).contains("<<");
    }

    /** The file this command writes: its redirect target, or {@code tee}'s file. */
    private String target() {
      for (Word word : words) {
        if (word.redirectTarget()) {
          return word.text();
        }
      }
      List<Word> args = arguments();
      if (!args.isEmpty() && args.get(0).text().equals("tee")) {
        for (Word word : args.subList(1, args.size())) {
          if (!word.text().startsWith("-")) {
            return word.text();
          }
        }
      }
      return "";
    }

    /** The words that are not redirect targets, without leading sudo and assignments. */
    private List<Word> arguments() {
      List<Word> args = new ArrayList<>();
      for (Word word : words) {
        if (word.redirectTarget()) {
          continue;
        }
        if (args.isEmpty()
            && (word.text().equals("sudo") || word.text().matches("[A-Za-z_]\\w*=.*"))) {
          continue;
        }
        args.add(word);
      }
      return args;
    }

    void judge(List<Edit> edits, int depth) {
      String target = target();
      List<Word> args = arguments();
      boolean intoDockerfile = isDockerfile(target);
      boolean instruction =
          !args.isEmpty()
              && INSTRUCTIONS.contains(args.get(0).text().toUpperCase(Locale.ROOT))
              && args.get(0).text().equals(args.get(0).text().toUpperCase(Locale.ROOT));
      for (Word word : words) {
        if (word.redirectTarget()) {
          edit(edits, word, host(word.text(), depth));
        }
      }
      if (!intoDockerfile && !instruction) {
        if (!args.isEmpty() && isDocker(args.get(0).text())) {
          docker(args, edits, depth);
        } else {
          args.forEach(word -> edit(edits, word, host(word.text(), depth)));
        }
      }
      for (Body body : bodies) {
        String text = source.substring(body.start(), body.end());
        String rewritten;
        if (isDockerfile(target)) {
          rewritten = text;
        } else if (isCompose(target)) {
          rewritten = compose(text, target);
        } else {
          rewritten = host(text, depth);
        }
        if (!rewritten.equals(text)) {
          edits.add(
              new Edit(
                  body.start(),
                  body.end(),
                  rewritten,
                  isCompose(target) ? composeSources(text) : roots(text)));
        }
      }
    }

    private static boolean isDocker(String word) {
      return word.equals("docker") || word.endsWith("/docker");
    }

    /** A docker command: what stands for the host is rewritten, what stands in a container not. */
    private static void docker(List<Word> args, List<Edit> edits, int depth) {
      int at = 1;
      while (at < args.size() && args.get(at).text().startsWith("-")) {
        String option = args.get(at).text();
        at += !option.contains("=") && DockerArgs.globalWithValue(option) ? 2 : 1;
      }
      if (at >= args.size()) {
        return;
      }
      String subcommand = args.get(at++).text();
      if (Set.of("container", "image", "builder", "buildx").contains(subcommand)
          && at < args.size()) {
        subcommand = args.get(at++).text();
      }
      switch (subcommand) {
        case "run", "create" -> run(args, at, edits, depth);
        case "exec" -> {
          // the container's command: its paths are the container's
        }
        case "cp" -> {
          for (Word word : args.subList(at, args.size())) {
            if (!word.text().matches("[\\w.-]+:.*")) {
              edit(edits, word, host(word.text(), depth));
            }
          }
        }
        default ->
            args.subList(at, args.size()).forEach(w -> edit(edits, w, host(w.text(), depth)));
      }
    }

    /** docker run's options: mounts and host files rewritten; the image and its command not. */
    private static void run(List<Word> args, int at, List<Edit> edits, int depth) {
      for (int i = at; i < args.size(); i++) {
        Word word = args.get(i);
        String text = word.text();
        if (!text.startsWith("-") || text.equals("-")) {
          return; // the image: what follows is the container's
        }
        if (text.equals("--")) {
          return;
        }
        String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
        boolean inline = text.contains("=") && text.startsWith("--");
        if (RUN_FLAGS.contains(text)) {
          continue;
        }
        boolean combined = !text.startsWith("--") && text.length() > 2;
        if (combined && text.matches("-[a-zA-Z]+[pevwu]")) {
          name = "-" + text.charAt(text.length() - 1); // -dv /root/x:/x
        } else if (combined && DockerArgs.takesValue(text.substring(0, 2))) {
          String value = text.substring(2); // -v/root/x:/x
          judgeValue(text.substring(0, 2), value, word, 2, edits, depth);
          continue;
        }
        if (inline) {
          judgeValue(
              name, text.substring(name.length() + 1), word, name.length() + 1, edits, depth);
          continue;
        }
        if (DockerArgs.takesValue(name) && i + 1 < args.size()) {
          Word value = args.get(++i);
          judgeValue(name, value.text(), value, 0, edits, depth);
        }
      }
    }

    private static void judgeValue(
        String option, String value, Word word, int offset, List<Edit> edits, int depth) {
      String rewritten =
          switch (option) {
            case "-v", "--volume" -> mount(value, depth);
            case "--mount" -> mountOption(value, depth);
            case "--env-file", "--cidfile", "--label-file" -> host(value, depth);
            default -> value;
          };
      if (!rewritten.equals(value)) {
        List<String> hosts =
            option.equals("-v") || option.equals("--volume")
                ? roots(value.split(":")[0])
                : option.equals("--mount")
                    ? roots(value.replaceAll("^.*(?:source|src)=([^,]*).*$", "$1"))
                    : roots(value);
        edits.add(new Edit(word.start() + offset, word.end(), rewritten, hosts));
      }
    }

    private static void edit(List<Edit> edits, Word word, String rewritten) {
      if (!rewritten.equals(word.text())) {
        edits.add(new Edit(word.start(), word.end(), rewritten, roots(word.text())));
      }
    }
  }
}
