package io.docklab.cli;

/** Entry point of the {@code docklab} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(CommandLineFactory.create().execute(args));
  }
}
