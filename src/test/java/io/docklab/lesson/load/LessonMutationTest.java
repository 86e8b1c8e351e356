package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.i18n.Messages;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation testing of the loader: {@value #PER_LESSON} mutants of each bundled lesson, made by a
 * seeded random generator (the same mutants every run; {@code -Ddocklab.mutation.seed=N} for
 * others), each written to a file and loaded as {@code docklab validate} loads it. Whatever a
 * mutant holds, no exception escapes, the loader meets no fault of its own, every error is one line
 * with {@code file:line:column} (or names the whole file), and each file takes under 2 s.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LessonMutationTest {
  static final int PER_LESSON = 1_000;
  private static final long SEED = Long.getLong("docklab.mutation.seed", 20_261_202L);
  private static final List<String> LESSONS =
      List.of("lessons/get-started-part2.md", "lessons/image-by-hand.yaml");
  private static final Pattern PLACED = Pattern.compile("[^\\n\\r]*:[1-9][0-9]*:[1-9][0-9]*: .+");
  private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(2);

  @TempDir Path dir;

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterAll
  static void back() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void noMutantOfABundledLessonCrashesTheLoaderOrGivesAnErrorOfManyLines() throws IOException {
    String fault = Messages.get("lesson.error.loaderFault");
    List<String> failures = new ArrayList<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int mutants = 0;
    for (String lesson : LESSONS) {
      byte[] original = Files.readAllBytes(Path.of(lesson));
      String extension = lesson.substring(lesson.lastIndexOf('.'));
      for (int i = 0; i < PER_LESSON; i++) {
        long seed = SEED * 31 + mutants;
        byte[] mutant = Mutator.mutate(original, new Random(seed));
        Path file = dir.resolve("mutant-" + mutants + extension);
        Files.write(file, mutant);
        mutants++;
        long started = cpu.getCurrentThreadCpuTime();
        LoadResult result;
        try {
          result = LessonLoader.load(file);
        } catch (RuntimeException | Error escaped) {
          failures.add(lesson + " seed " + seed + ": escaped " + escaped);
          continue;
        }
        long took = cpu.getCurrentThreadCpuTime() - started;
        if (took > MAX_NANOS) {
          failures.add(lesson + " seed " + seed + ": took " + took / 1_000_000 + " ms");
        }
        for (LessonError error : result.errors()) {
          String line = error.toString();
          boolean oneLine = line.indexOf('\n') < 0 && line.indexOf('\r') < 0;
          boolean placed = PLACED.matcher(line).matches() || error.line() == 0;
          if (error.message().equals(fault) || !oneLine || !placed) {
            failures.add(lesson + " seed " + seed + ": " + line);
          }
        }
        Files.delete(file);
      }
    }
    assertTrue(mutants >= 2_000, mutants + " mutants");
    assertTrue(
        failures.isEmpty(),
        failures.size() + " of " + mutants + " mutants failed:\n" + String.join("\n", failures));
  }

  /** Ways to break a lesson file, applied one to three at a time. */
  static final class Mutator {
    private static final String[] UNICODE = {
      "\r",
      "\r\n",
      "\t",
      "\u0000",
      "\u0001",
      "\u001b[31m",
      "\u0085",
      "\u2028",
      "\u2029",
      "\uFEFF",
      "\u00e9",
      "日本語",
      "\uD83D\uDE00",
      "{{",
      "}}",
      "{{x}}",
      "[",
      "]",
      "{",
      "}",
      ":",
      "- ",
      "#",
      "```",
      "<!--",
      "-->",
      "&a ",
      "*a",
      "!<",
      "!!binary ",
      "\"",
      "'",
      "\\",
      "|",
      ">",
      "%",
      "@",
      "\u200b",
      "\uFFFF"
    };

    private Mutator() {}

    static byte[] mutate(byte[] original, Random random) {
      byte[] bytes = original;
      int operations = 1 + random.nextInt(3);
      for (int i = 0; i < operations; i++) {
        bytes = once(bytes, random);
      }
      return bytes;
    }

    private static byte[] once(byte[] bytes, Random random) {
      if (bytes.length == 0) {
        return "\r".getBytes(StandardCharsets.UTF_8);
      }
      return switch (random.nextInt(9)) {
        case 0 -> flipByte(bytes, random);
        case 1 -> truncate(bytes, random);
        default ->
            text(new String(bytes, StandardCharsets.UTF_8), random)
                .getBytes(StandardCharsets.UTF_8);
      };
    }

    private static byte[] flipByte(byte[] bytes, Random random) {
      byte[] copy = bytes.clone();
      copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
      return copy;
    }

    private static byte[] truncate(byte[] bytes, Random random) {
      return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    private static String text(String text, Random random) {
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(7)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> lines.set(at, " ".repeat(1 + random.nextInt(4)) + line);
        case 3 -> lines.set(at, line.replaceFirst("^ {1,4}", ""));
        case 4 -> lines.set(at, line.replaceFirst("^ *", "\t"));
        case 5 -> {
          int column = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          String insert = UNICODE[random.nextInt(UNICODE.length)];
          lines.set(at, line.substring(0, column) + insert + line.substring(column));
        }
        default -> {
          int other = random.nextInt(lines.size());
          lines.set(at, lines.get(other));
          lines.set(other, line);
        }
      }
      String joined = String.join("\n", lines);
      return random.nextInt(10) == 0 ? joined.replace("\n", "\r") : joined;
    }
  }
}
