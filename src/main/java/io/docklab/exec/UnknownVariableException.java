package io.docklab.exec;

import io.docklab.i18n.Messages;
import java.util.Collection;
import java.util.TreeSet;

/** A command line names a variable that the lesson does not define. */
public final class UnknownVariableException extends IllegalArgumentException {
  private final String name;

  public UnknownVariableException(String name, Collection<String> known) {
    super(Messages.get("variable.unknown", name, String.join(", ", new TreeSet<>(known))));
    this.name = name;
  }

  public String name() {
    return name;
  }
}
