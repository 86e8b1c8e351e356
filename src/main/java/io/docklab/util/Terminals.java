package io.docklab.util;

/** Whether docklab talks to a person at a terminal or to a script. */
public final class Terminals {
  private Terminals() {}

  /** True when docklab's input and output are a terminal. */
  public static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try { // From Java 22 on, there may be a console without a terminal.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJava22) {
      return true;
    }
  }
}
