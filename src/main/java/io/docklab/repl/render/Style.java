package io.docklab.repl.render;

import java.util.function.UnaryOperator;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * How docklab's text looks, in one place: JLine attributed styles with colour, nothing at all
 * without ({@code NO_COLOR}, a non-terminal). The lesson renderer applies the styles to its
 * characters; docklab's own lines use the {@code String} helpers, which print through the same
 * styles. Without colour the layout and a few plain characters (backquotes around inline code)
 * carry the structure.
 */
public final class Style {
  private static final AttributedStyle CODE =
      AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  private static final long FOREGROUND = CODE.getMask();

  private final boolean colour;

  /**
   * @param colour whether to write ANSI styles
   */
  public Style(boolean colour) {
    this.colour = colour;
  }

  /** Colour when the terminal is a real one and {@code NO_COLOR} is not set. */
  public static boolean wanted(String terminalType, String noColor) {
    boolean dumb = terminalType == null || terminalType.startsWith("dumb");
    return !dumb && (noColor == null || noColor.isEmpty());
  }

  public boolean colour() {
    return colour;
  }

  public String bold(String text) {
    return print(text, AttributedStyle.BOLD);
  }

  public String dim(String text) {
    return print(text, AttributedStyle.DEFAULT.faint());
  }

  public String ok(String text) {
    return print(text, AttributedStyle.BOLD.foreground(AttributedStyle.GREEN));
  }

  public String bad(String text) {
    return print(text, AttributedStyle.BOLD.foreground(AttributedStyle.RED));
  }

  public String warn(String text) {
    return print(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
  }

  /** A command, a file name or a file's line, in the code style. */
  public String code(String text) {
    return print(text, CODE);
  }

  /**
   * A command inside a sentence: in the code style, or between backquotes without colour. {@link
   * Wrap} keeps it on one line.
   */
  public String command(String text) {
    return colour ? code(text) : codeQuote() + text + codeQuote();
  }

  /** Whether {@code style} is the code style, which {@link Wrap} never breaks inside. */
  static boolean isCode(AttributedStyle style) {
    return (style.getStyle() & FOREGROUND) == (CODE.getStyle() & FOREGROUND);
  }

  UnaryOperator<AttributedStyle> emphasis() {
    return when(AttributedStyle::italic);
  }

  UnaryOperator<AttributedStyle> strong() {
    return when(AttributedStyle::bold);
  }

  UnaryOperator<AttributedStyle> code() {
    return when(style -> style.foreground(AttributedStyle.CYAN));
  }

  UnaryOperator<AttributedStyle> link() {
    return when(AttributedStyle::underline);
  }

  UnaryOperator<AttributedStyle> faint() {
    return when(AttributedStyle::faint);
  }

  /** Characters around inline code when there is no colour to set it apart. */
  String codeQuote() {
    return colour ? "" : "`";
  }

  /** {@code text} in the faint style, for bars, rules and list markers. */
  AttributedString faint(String text) {
    return new AttributedString(text, faint().apply(AttributedStyle.DEFAULT));
  }

  /** A line as the terminal gets it: with ANSI escapes when colour is on, else the plain text. */
  String print(AttributedString line) {
    return colour ? AnsiPrinter.print(line) : line.toString();
  }

  private String print(String text, AttributedStyle style) {
    return colour ? AnsiPrinter.print(new AttributedString(text, style)) : text;
  }

  private UnaryOperator<AttributedStyle> when(UnaryOperator<AttributedStyle> style) {
    return colour ? style : UnaryOperator.identity();
  }
}
