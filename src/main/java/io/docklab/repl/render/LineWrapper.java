package io.docklab.repl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one line-breaking algorithm, for lesson text and docklab's own lines alike. It fills lines of
 * at most a given number of columns with styled characters, greedily: a line ends at the last place
 * {@link Kinsoku} allows, spaces at a break are dropped, and only a word wider than the whole line
 * is cut.
 *
 * <p>Glued cells (inline code, a command) are never separated: such a run moves to a line of its
 * own when it does not fit. When it is wider than a whole line it breaks only at its own spaces,
 * each broken line ending in {@code " \"} as a shell line continuation, so the lines still run when
 * copied; a token in it wider than the line stays whole and overflows.
 *
 * <p>A paragraph never ends in a lone short run of CJK (a line of just {@code す。}): the line before
 * gives it its last piece.
 */
final class LineWrapper {
  private static final int ORPHAN = 2;

  private final int width;
  private final List<List<Cell>> lines = new ArrayList<>();
  private final List<Boolean> broken = new ArrayList<>();
  private final List<Boolean> spaced = new ArrayList<>();
  private List<Cell> line = new ArrayList<>();
  private int columns;
  private int lastBreak = -1;
  private final List<Integer> codeSpaces = new ArrayList<>();

  private LineWrapper(int width) {
    this.width = Math.max(1, width);
  }

  /** {@code cells} in lines of at most {@code width} columns (hard breaks end a line). */
  static List<List<Cell>> wrap(List<Cell> cells, int width) {
    LineWrapper wrapper = new LineWrapper(width);
    cells.forEach(wrapper::add);
    wrapper.endLine(false);
    wrapper.adoptOrphans();
    return wrapper.lines;
  }

  private void add(Cell cell) {
    if (cell.codePoint() == Cell.HARD_BREAK) {
      endLine(false);
      return;
    }
    if (cell.isSpace() && line.isEmpty()) {
      spaceDropped();
      return;
    }
    if (cell.isSpace() && !cell.glued() && columns + 1 > width) {
      endLine(true);
      spaceDropped();
      return;
    }
    if (!line.isEmpty()
        && !cell.glued()
        && Kinsoku.mayBreakBetween(line.get(line.size() - 1).codePoint(), cell.codePoint())) {
      lastBreak = line.size();
    }
    if (columns + cell.columns() > width) {
      if (lastBreak > 0) {
        breakLine();
      }
      if (columns + cell.columns() > width && !line.isEmpty()) {
        if (!cell.glued()) {
          endLine(true);
        } else if (continueCode()) {
          add(cell);
          return;
        }
      }
    }
    if (cell.glued() && cell.isSpace()) {
      codeSpaces.add(line.size());
    }
    line.add(cell);
    columns += cell.columns();
  }

  /** Ends the line at its last break, carrying what follows it; cuts it when there is none. */
  private void breakLine() {
    List<Cell> rest = new ArrayList<>(line.subList(lastBreak, line.size()));
    line = new ArrayList<>(line.subList(0, lastBreak));
    endLine(true);
    rest.forEach(this::add);
  }

  /**
   * Breaks glued text too wide for a line at one of its spaces, with {@code " \"} at the end: the
   * last space that leaves room for it, else the first. False when it has no space.
   */
  private boolean continueCode() {
    if (codeSpaces.isEmpty()) {
      return false;
    }
    int at = codeSpaces.get(0);
    for (int space : codeSpaces) {
      if (space > 0 && Columns.of(text(line.subList(0, space))) + 2 <= width) {
        at = space;
      }
    }
    if (at == 0) {
      return false;
    }
    Cell space = line.get(at);
    List<Cell> rest = new ArrayList<>(line.subList(at + 1, line.size()));
    line = new ArrayList<>(line.subList(0, at));
    line.add(new Cell(' ', space.style(), true));
    line.add(new Cell('\\', space.style(), true));
    endLine(true);
    rest.forEach(this::add);
    return true;
  }

  private void endLine(boolean soft) {
    int end = line.size();
    while (end > 0 && line.get(end - 1).isSpace()) {
      end--;
    }
    lines.add(List.copyOf(line.subList(0, end)));
    broken.add(soft);
    spaced.add(end < line.size());
    line = new ArrayList<>();
    columns = 0;
    lastBreak = -1;
    codeSpaces.clear();
  }

  /** Notes that the last line ended at a space, which was dropped. */
  private void spaceDropped() {
    if (!spaced.isEmpty()) {
      spaced.set(spaced.size() - 1, true);
    }
  }

  /**
   * Moves the last pieces of a line onto the paragraph's last line while that is a lone CJK bit.
   */
  private void adoptOrphans() {
    for (int i = 1; i < lines.size(); i++) {
      boolean endsParagraph = i == lines.size() - 1 || !broken.get(i);
      while (broken.get(i - 1) && endsParagraph && isOrphan(lines.get(i)) && movePiece(i)) {
        // Moved one piece down; look again.
      }
    }
  }

  /** Moves the last piece of line {@code i - 1} to the start of line {@code i}, if it fits. */
  private boolean movePiece(int i) {
    List<Cell> before = lines.get(i - 1);
    for (int at = before.size() - 1; at > before.size() / 2; at--) {
      Cell cell = before.get(at);
      if (!cell.glued()
          && Kinsoku.mayBreakBetween(before.get(at - 1).codePoint(), cell.codePoint())) {
        List<Cell> moved = new ArrayList<>(before.subList(at, before.size()));
        if (spaced.get(i - 1)) {
          moved.add(new Cell(' ', before.get(before.size() - 1).style()));
        }
        moved.addAll(lines.get(i));
        if (Columns.of(text(moved)) > width) {
          return false;
        }
        lines.set(i - 1, List.copyOf(before.subList(0, at)));
        lines.set(i, List.copyOf(moved));
        return true;
      }
    }
    return false;
  }

  private static boolean isOrphan(List<Cell> line) {
    return !line.isEmpty()
        && line.size() <= ORPHAN
        && line.stream().allMatch(cell -> Columns.isCjk(cell.codePoint()));
  }

  private static String text(List<Cell> cells) {
    StringBuilder text = new StringBuilder();
    cells.forEach(cell -> text.appendCodePoint(Math.max(0, cell.codePoint())));
    return text.toString();
  }
}
