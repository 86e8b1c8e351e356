package io.docklab.importer.killercoda;

import io.docklab.lesson.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Killercoda step text (Markdown with {@code {{exec}}} and {@code {{copy}}} markers, {@code
 * <details>} blocks and some HTML) as the pieces of a docklab step: prose, the commands to type,
 * hints and a reference solution. What a terminal cannot show becomes text or a note in the report,
 * never a raw tag.
 */
final class StepTextConverter {
  private static final Pattern FENCE =
      Pattern.compile("^(\\s{0,3})(`{3,}|~{3,})\\s*([^`\\s]*)?.*$");
  // Killercoda's {{exec}}, {{exec interrupt}}, {{copy}}; Katacoda's {{execute}}, {{execute T2}},
  // {{execute interrupt}}, {{open}} (which Killercoda still renders); a single brace pair is a typo
  // of the same.
  private static final Pattern INLINE_EXEC =
      Pattern.compile(
          "`([^`]+)`\\{\\{?\\s*exec(?:ute)?((?:\\s+(?:interrupt|T\\d+|HOST\\d+))*)\\s*}}?");
  private static final Pattern INLINE_COPY =
      Pattern.compile("(`[^`]+`)\\{\\{?\\s*(copy|open)?\\s*}}?");
  private static final Pattern MARKER =
      Pattern.compile(
          "\\{\\{?\\s*(exec(?:ute)?(?:\\s+(?:interrupt|T\\d+|HOST\\d+))*|copy|open)?\\s*}}?\\s*$");
  private static final Pattern TRAFFIC = Pattern.compile("\\{\\{\\s*TRAFFIC_HOST\\d+_(\\d+)\\s*}}");
  private static final Pattern TRAFFIC_SELECTOR =
      Pattern.compile("\\{\\{\\s*TRAFFIC_SELECTOR\\s*}}");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]+`");
  static final Pattern BARE_PATH = Pattern.compile("(?:/root|~)(?:/[^\\s`]*)?");
  private static final String SPAN_MARK = "\u0000";
  private static final Pattern SPAN_MARKER = Pattern.compile("\u0000(\\d+)\u0000");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("^(#{1,2})(\\s)");
  private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALT = Pattern.compile("(?i)\\balt=\"([^\"]*)\"");
  private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]*)\\)");
  private static final Pattern LINK =
      Pattern.compile("<a\\b[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>");
  private static final Set<String> QUIET_TAGS =
      Set.of("p", "div", "span", "center", "small", "sup", "sub", "u", "font", "section");
  private static final Pattern SOLUTION = Pattern.compile("(?i)solution|solve|answer|解答|答え|正解");
  private static final Pattern TIP = Pattern.compile("(?i)tip|hint|help|stuck|clue|ヒント");

  private final String file;
  private final ImportReport report;
  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder prose = new StringBuilder();
  private final List<Piece> afterParagraph = new ArrayList<>();

  private StepTextConverter(String file, ImportReport report) {
    this.file = file;
    this.report = report;
  }

  /** The pieces of {@code text}, read from {@code file} (for the report's line numbers). */
  static List<Piece> convert(String file, String text, ImportReport report) {
    StepTextConverter converter = new StepTextConverter(file, report);
    converter.read(text.replace("\r\n", "\n").replace('\r', '\n'), 1);
    converter.flushProse();
    return converter.alternativesAsText(converter.pieces);
  }

  private static final Pattern OR = Pattern.compile("(?i)^\\W*(or|alternatively)\\W*$");

  /**
   * Commands after a paragraph that says only "OR" are another way to do what the commands before
   * did: shown as text, never run after them.
   */
  private List<Piece> alternativesAsText(List<Piece> in) {
    List<Piece> out = new ArrayList<>();
    boolean alternative = false;
    for (Piece piece : in) {
      if (piece instanceof Piece.Prose prose) {
        alternative = OR.matcher(prose.markdown().strip()).matches();
        out.add(piece);
      } else if (alternative && piece instanceof Piece.Command command) {
        out.add(new Piece.Prose("```sh\n" + command.run() + "\n```\n"));
        report.mapped(
            command.where(), "an alternative after \"OR\": shown as text, not run as well");
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  private void read(String text, int firstLine) {
    text = stripComments(text);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = firstLine + i;
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        i = fence(lines, i, firstLine, fence.group(2), fence.group(3));
        continue;
      }
      if (line.strip().toLowerCase(Locale.ROOT).startsWith("<details")) {
        i = details(lines, i, firstLine);
        continue;
      }
      if (line.isBlank()) {
        paragraphEnd();
        prose.append('\n');
        continue;
      }
      prose.append(inline(line, number)).append('\n');
    }
  }

  /** A fenced block from line {@code start}; the index of its closing line. */
  private int fence(String[] lines, int start, int firstLine, String ticks, String info) {
    // the language word only: Killercoda's line highlights (```yaml{2,5}) and the like go
    String language = info == null ? null : info.replaceFirst("[^\\w+#.-].*$", "");
    StringBuilder body = new StringBuilder();
    int i = start + 1;
    String marker = "";
    for (; i < lines.length; i++) {
      String stripped = lines[i].strip();
      if (stripped.startsWith(ticks)) {
        Matcher after = MARKER.matcher(stripped.substring(ticks.length()));
        marker = after.find() && after.group(1) != null ? after.group(1) : "";
        break;
      }
      body.append(lines[i]).append('\n');
    }
    String where = file + ":" + (firstLine + start);
    if (marker.startsWith("exec")) {
      paragraphEnd();
      flushProse();
      boolean interrupt = marker.contains("interrupt");
      for (String command : ShellRewrite.commands(body.toString())) {
        pieces.add(new Piece.Command(ShellRewrite.forDocklab(command), where, interrupt, command));
        interrupt = false;
      }
      return i;
    }
    // {{copy}} and plain blocks are text: the language only (a second word would be a role).
    String content = copied(language, placeholders(body.toString(), firstLine + start + 1));
    prose
        .append("```")
        .append(language == null ? "" : language)
        .append('\n')
        .append(content)
        .append("```\n");
    if (i >= lines.length) {
      report.notMapped(where, "a code block without its closing fence: closed at the end");
    }
    return i;
  }

  /** A {@code <details>} block from line {@code start}; the index of its last line. */
  private int details(String[] lines, int start, int firstLine) {
    StringBuilder block = new StringBuilder();
    int i = start;
    for (; i < lines.length; i++) {
      block.append(lines[i]).append('\n');
      if (lines[i].toLowerCase(Locale.ROOT).contains("</details>")) {
        break;
      }
    }
    String where = file + ":" + (firstLine + start);
    String text = block.toString();
    Matcher summary = Pattern.compile("(?is)<summary[^>]*>(.*?)</summary>").matcher(text);
    String title = summary.find() ? TAG.matcher(summary.group(1)).replaceAll("").strip() : "";
    String body =
        text.replaceFirst("(?is)^\\s*<details[^>]*>", "")
            .replaceFirst("(?is)<summary[^>]*>.*?</summary>", "")
            .replaceFirst("(?is)</details>\\s*$", "")
            .strip();
    paragraphEnd();
    List<Piece> inner = convert(file, body, report);
    String markdown = proseOf(inner, "");
    if (SOLUTION.matcher(title).find()) {
      List<String> commands = new ArrayList<>();
      List<String> originals = new ArrayList<>();
      for (Piece piece : inner) {
        if (piece instanceof Piece.Command command) {
          commands.add(command.run());
          originals.add(command.original());
        }
      }
      if (commands.isEmpty()) {
        originals.addAll(codeBlockCommands(body)); // a solution written as plain code blocks
        originals.forEach(command -> commands.add(ShellRewrite.forDocklab(command)));
      }
      flushProse();
      pieces.add(new Piece.Solution(commands, where, originals));
      pieces.add(new Piece.Hint(markdown));
      report.mapped(
          where, "<details> \"" + title + "\": the step's reference solution and last hint");
    } else if (TIP.matcher(title).find()) {
      flushProse();
      pieces.add(new Piece.Hint(markdown));
      report.mapped(where, "<details> \"" + title + "\": a hint");
    } else {
      prose.append(title.isEmpty() ? "" : "**" + title + "**\n\n").append(proseOf(inner, ""));
      prose.append('\n');
      report.mapped(where, "<details> \"" + title + "\": text of the step");
    }
    return i;
  }

  /**
   * The commands in the plain code blocks of a solution (one without {{exec}} blocks), as written.
   */
  private static List<String> codeBlockCommands(String body) {
    List<String> commands = new ArrayList<>();
    Matcher blocks =
        Pattern.compile("(?ms)^\\s{0,3}(`{3,}|~{3,})[^\\n]*\\n(.*?)^\\s{0,3}\\1\\s*$")
            .matcher(body);
    while (blocks.find()) {
      commands.addAll(ShellRewrite.commands(blocks.group(2)));
    }
    return commands;
  }

  /** The pieces as one Markdown text: prose as is, commands as code blocks. */
  private static String proseOf(List<Piece> inner, String title) {
    StringBuilder text = new StringBuilder(title.isEmpty() ? "" : title + "\n\n");
    for (Piece piece : inner) {
      if (piece instanceof Piece.Prose prose) {
        text.append(prose.markdown()).append('\n');
      } else if (piece instanceof Piece.Command command) {
        text.append("```sh\n").append(command.run()).append("\n```\n\n");
      } else if (piece instanceof Piece.Hint hint) {
        text.append(hint.markdown()).append('\n');
      }
    }
    return text.toString().strip() + "\n";
  }

  private String inline(String line, int number) {
    String where = file + ":" + number;
    Matcher exec = INLINE_EXEC.matcher(line);
    StringBuilder out = new StringBuilder();
    while (exec.find()) {
      afterParagraph.add(
          new Piece.Command(
              ShellRewrite.forDocklab(exec.group(1)),
              where,
              exec.group(2).contains("interrupt"),
              exec.group(1)));
      exec.appendReplacement(out, Matcher.quoteReplacement("`" + exec.group(1) + "`"));
    }
    exec.appendTail(out);
    line = INLINE_COPY.matcher(out.toString()).replaceAll("$1");
    // Code spans are the author's literal text (`"<h1>Hi</h1>"`): kept as they are, HTML and all.
    List<String> spans = new ArrayList<>();
    line =
        CODE_SPAN
            .matcher(line)
            .replaceAll(
                m -> {
                  String code = m.group();
                  String inner = code.substring(1, code.length() - 1);
                  // a path alone (`/root/data`) may be the machine's or a container's: the
                  // importer decides once it knows every command (KillercodaImporter)
                  spans.add(
                      BARE_PATH.matcher(inner).matches()
                          ? code
                          : "`" + ShellRewrite.workspacePaths(inner) + "`");
                  return Matcher.quoteReplacement(SPAN_MARK + (spans.size() - 1) + SPAN_MARK);
                });
    line = HEADING.matcher(line).replaceFirst("###$2");
    line = BR.matcher(line).replaceAll("");
    Matcher image = IMG.matcher(line);
    if (image.find()) {
      report.notMapped(where, "an image: a terminal cannot show it; its alt text stands instead");
      line =
          IMG.matcher(line)
              .replaceAll(
                  m -> {
                    Matcher alt = ALT.matcher(m.group());
                    return Matcher.quoteReplacement(altText(alt.find() ? alt.group(1) : null));
                  });
    }
    Matcher markdownImage = MD_IMAGE.matcher(line);
    if (markdownImage.find()) {
      report.notMapped(where, "an image: a terminal cannot show it; its alt text stands instead");
      line = MD_IMAGE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(altText(m.group(1))));
    }
    line = LINK.matcher(line).replaceAll("[$2]($1)");
    line =
        line.replaceAll("(?i)</?(b|strong)>", "**")
            .replaceAll("(?i)</?(i|em)>", "*")
            .replaceAll("(?i)</?code>", "`")
            .replaceAll("(?i)</?kbd>", "`");
    Matcher tag = TAG.matcher(line);
    StringBuilder untagged = new StringBuilder();
    while (tag.find()) {
      if (!QUIET_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
        report.notMapped(where, "HTML <" + tag.group(1) + "> left out (a terminal shows text)");
      }
      tag.appendReplacement(untagged, "");
    }
    tag.appendTail(untagged);
    String text =
        SPAN_MARKER
            .matcher(untagged.toString())
            .replaceAll(m -> Matcher.quoteReplacement(spans.get(Integer.parseInt(m.group(1)))));
    return placeholders(text, number);
  }

  private static String altText(String alt) {
    return alt == null || alt.isBlank() ? "(an image)" : "(image: " + alt.strip() + ")";
  }

  /** Killercoda's own {{…}} words: the traffic addresses as loopback URLs, the others out. */
  private String placeholders(String text, int number) {
    text = TRAFFIC.matcher(text).replaceAll("http://127.0.0.1:$1");
    if (TRAFFIC_SELECTOR.matcher(text).find()) {
      report.notMapped(
          file + ":" + number,
          "{{TRAFFIC_SELECTOR}} (Killercoda's port picker): written as http://127.0.0.1");
      text = TRAFFIC_SELECTOR.matcher(text).replaceAll("http://127.0.0.1");
    }
    for (Placeholders.Placeholder placeholder : Placeholders.in(text, Set.of())) {
      report.notMapped(
          file + ":" + number,
          "{{"
              + placeholder.name()
              + "}} is Killercoda's, not a docklab variable: written as "
              + placeholder.name());
    }
    return plain(text);
  }

  /**
   * {@code text} (a title, a summary) with every {{…}} that a docklab lesson would read as a
   * variable written as its name.
   */
  static String plain(String text) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Placeholders.Placeholder placeholder : Placeholders.in(text, Set.of())) {
      out.append(text, at, placeholder.start()).append(placeholder.name());
      at = placeholder.end();
    }
    return out.append(text.substring(at)).toString();
  }

  private static String stripComments(String text) {
    if (text.contains("<!--")) {
      return COMMENT.matcher(text).replaceAll(m -> "\n".repeat(countLines(m.group())));
    }
    return text;
  }

  private static int countLines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  /** At a paragraph's end, the commands of its inline {{exec}} follow it. */
  private void paragraphEnd() {
    if (!afterParagraph.isEmpty()) {
      flushProse();
    }
  }

  /** The prose so far as a piece, then the commands its paragraph named. */
  private void flushProse() {
    String text = prose.toString().strip();
    if (!text.isEmpty()) {
      pieces.add(new Piece.Prose(text + "\n"));
    }
    prose.setLength(0);
    pieces.addAll(afterParagraph);
    afterParagraph.clear();
  }

  private static final Pattern DOCKERFILE_TEXT =
      Pattern.compile("(?s)\\s*(?:#[^\n]*\n\\s*)*(?:FROM|ARG)\\s.*");

  /**
   * A code block to copy, its host paths in the workspace: a Dockerfile's paths are the image's and
   * stay, a Compose file's volumes are made relative.
   */
  private static String copied(String language, String content) {
    String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
    if (lang.equals("dockerfile") || DOCKERFILE_TEXT.matcher(content).matches()) {
      return content;
    }
    if ((lang.equals("yaml") || lang.equals("yml") || lang.isEmpty())
        && content.contains("services:")) {
      return HostPaths.compose(content, "compose.yaml");
    }
    return ShellRewrite.workspacePaths(content);
  }
}
