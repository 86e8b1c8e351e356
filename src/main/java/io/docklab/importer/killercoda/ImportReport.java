package io.docklab.importer.killercoda;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did with each part of a scenario: what it mapped, what it could not (left out,
 * with its file and line), and what makes the whole scenario impossible to import here.
 */
public final class ImportReport {
  /** How a part fared. */
  public enum Kind {
    MAPPED,
    NOT_MAPPED,
    NOT_IMPORTABLE
  }

  /**
   * One part.
   *
   * @param where {@code file:line}, or the file alone, relative to the scenario
   */
  public record Note(Kind kind, String where, String what) {
    @Override
    public String toString() {
      if (what.isEmpty()) {
        return where;
      }
      return (where.isEmpty() ? "" : where + ": ") + what;
    }
  }

  private final List<Note> notes = new ArrayList<>();

  void mapped(String where, String what) {
    add(new Note(Kind.MAPPED, where, what));
  }

  void notMapped(String where, String what) {
    add(new Note(Kind.NOT_MAPPED, where, what));
  }

  void notImportable(String where, String what) {
    add(new Note(Kind.NOT_IMPORTABLE, where, what));
  }

  private void add(Note note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  public List<Note> notes(Kind kind) {
    return notes.stream().filter(note -> note.kind() == kind).toList();
  }

  public boolean importable() {
    return notes(Kind.NOT_IMPORTABLE).isEmpty();
  }
}
