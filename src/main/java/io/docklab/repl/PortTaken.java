package io.docklab.repl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads from Docker's own error that a port a command wanted to publish is taken. */
final class PortTaken {
  private static final Pattern TAKEN =
      Pattern.compile(
          "(?:Bind for \\S*:(\\d+) failed: port is already allocated"
              + "|listen tcp[46]? \\S*:(\\d+): bind: address already in use)");

  private PortTaken() {}

  /** The port {@code output} says is taken, if it says so. */
  static Optional<String> in(String output) {
    Matcher taken = TAKEN.matcher(output);
    if (!taken.find()) {
      return Optional.empty();
    }
    return Optional.of(taken.group(1) != null ? taken.group(1) : taken.group(2));
  }
}
