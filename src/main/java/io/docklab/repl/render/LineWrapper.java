package io.docklab.repl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines of at most a given number of columns with styled characters, greedily: a line ends at
 * the last place {@link Kinsoku} allows, spaces at a break are dropped, and only a word wider than
 * the whole line is cut.
 */
final class LineWrapper {
  private final int width;
  private final List<List<Cell>> lines = new ArrayList<>();
  private List<Cell> line = new ArrayList<>();
  private int columns;
  private int lastBreak = -1;

  private LineWrapper(int width) {
    this.width = Math.max(1, width);
  }

  /** {@code cells} in lines of at most {@code width} columns (hard breaks end a line). */
  static List<List<Cell>> wrap(List<Cell> cells, int width) {
    LineWrapper wrapper = new LineWrapper(width);
    cells.forEach(wrapper::add);
    wrapper.endLine();
    return wrapper.lines;
  }

  private void add(Cell cell) {
    if (cell.codePoint() == Cell.HARD_BREAK) {
      endLine();
      return;
    }
    if (cell.isSpace() && (line.isEmpty() || columns + 1 > width)) {
      if (!line.isEmpty()) {
        endLine();
      }
      return;
    }
    if (!line.isEmpty()
        && Kinsoku.mayBreakBetween(line.get(line.size() - 1).codePoint(), cell.codePoint())) {
      lastBreak = line.size();
    }
    if (columns + cell.columns() > width) {
      breakLine();
      if (columns + cell.columns() > width && !line.isEmpty()) {
        endLine();
      }
    }
    line.add(cell);
    columns += cell.columns();
  }

  /** Ends the line at its last break, carrying what follows it; cuts it when there is none. */
  private void breakLine() {
    List<Cell> rest = List.of();
    if (lastBreak > 0) {
      rest = new ArrayList<>(line.subList(lastBreak, line.size()));
      line = new ArrayList<>(line.subList(0, lastBreak));
    }
    endLine();
    rest.forEach(this::add);
  }

  private void endLine() {
    int end = line.size();
    while (end > 0 && line.get(end - 1).isSpace()) {
      end--;
    }
    lines.add(List.copyOf(line.subList(0, end)));
    line = new ArrayList<>();
    columns = 0;
    lastBreak = -1;
  }
}
