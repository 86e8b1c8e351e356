package io.docklab.repl.render;

import java.util.function.UnaryOperator;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * How each construct looks: ANSI styles with colour, nothing at all without (then the layout and a
 * few plain characters, such as backquotes around inline code, carry the structure).
 */
final class Styles {
  private final boolean colour;

  Styles(boolean colour) {
    this.colour = colour;
  }

  boolean colour() {
    return colour;
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

  private UnaryOperator<AttributedStyle> when(UnaryOperator<AttributedStyle> style) {
    return colour ? style : UnaryOperator.identity();
  }
}
