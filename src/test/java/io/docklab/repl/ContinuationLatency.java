package io.docklab.repl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What deciding "is this command complete?" costs on each Enter at the lab prompt, in a warm JVM as
 * in the lab: the median and 90th percentile per kind of input, and their ratio to the 20 ms one
 * may spend on an Enter. Also the very first question that needs bash (the JVM's first process).
 * Arguments: {@code ROUNDS} (default 200). Run by {@code bench/continuation.sh}.
 */
public final class ContinuationLatency {
  private static final double BUDGET_MILLIS = 20;

  /** One kind of input, as typed at the prompt. */
  record Input(String kind, String text) {}

  private static final List<Input> INPUTS =
      List.of(
          new Input("plain line (no bash)", "docker run -p 127.0.0.1:4000:80 friendlyhello"),
          new Input("docklab command", ":next"),
          new Input("trailing backslash (no bash)", "docker run \\"),
          new Input("here-document, open (bash)", "cat > Dockerfile <<'EOF'\nFROM python"),
          new Input(
              "here-document, closed (bash)",
              "cat > Dockerfile <<'EOF'\nFROM python\nCMD [\"python\", \"app.py\"]\nEOF"),
          new Input("if without fi (bash)", "if true; then\n  echo yes"),
          new Input("quoted line (bash)", "docker run --name web -e 'A=b c' nginx"));

  private ContinuationLatency() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    CommandCompleteness completeness = new CommandCompleteness(BashSyntaxCheck.find()::endsEarly);

    long first = System.nanoTime();
    completeness.complete("if true; then");
    double firstMillis = (System.nanoTime() - first) / 1e6;

    System.out.printf(
        Locale.ROOT, "%-32s %10s %10s %10s%n", "input", "median ms", "p90 ms", "/ 20 ms");
    for (Input input : INPUTS) {
      for (int i = 0; i < 20; i++) {
        completeness.complete(input.text());
      }
      double[] millis = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long began = System.nanoTime();
        completeness.complete(input.text());
        millis[i] = (System.nanoTime() - began) / 1e6;
      }
      Arrays.sort(millis);
      double median = millis[rounds / 2];
      System.out.printf(
          Locale.ROOT,
          "%-32s %10.3f %10.3f %10.3f%n",
          input.kind(),
          median,
          millis[rounds * 9 / 10],
          median / BUDGET_MILLIS);
    }
    System.out.printf(
        Locale.ROOT,
        "%-32s %10.3f %10s %10.3f%n",
        "first bash question (cold)",
        firstMillis,
        "-",
        firstMillis / BUDGET_MILLIS);
  }
}
