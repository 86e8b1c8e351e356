package io.docklab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code docklab} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    speakUtf8();
    System.exit(
        CommandLineFactory.execute(
            args, CommandLineFactory.utf8(System.out), CommandLineFactory.utf8(System.err)));
  }

  /**
   * Writes UTF-8 whatever the locale says: with a locale the system lacks (ja_JP.UTF-8 on a bare
   * server), Java would fall back to ASCII and print Japanese and ✓ as question marks.
   */
  private static void speakUtf8() {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }
}
