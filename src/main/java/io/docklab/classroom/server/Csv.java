package io.docklab.classroom.server;

/** One CSV cell (RFC 4180), safe to open in a spreadsheet. */
final class Csv {
  private Csv() {}

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
