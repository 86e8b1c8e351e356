package io.docklab.lesson.load;

import io.docklab.lesson.Advance;
import io.docklab.lesson.ExitExpectation;
import io.docklab.lesson.Ready;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the keys that say how a lesson moves on: a command's {@code exitCode} (the status it is
 * expected to end with) and {@code ready} (what a reference solution waits for after it), and a
 * step's {@code advance}. Shared by both formats: a Markdown attribute ({@code exitCode=6}) arrives
 * as a string, a YAML key as a number.
 */
final class FlowMapper {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final NodeReader in;

  FlowMapper(NodeReader in) {
    this.in = in;
  }

  /** {@code 0}-{@code 255} or {@code nonzero}. */
  Optional<ExitExpectation> exitCode(Node node) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      String value = scalar.getValue().strip();
      if (value.equals(ExitExpectation.NONZERO_WORD)) {
        return Optional.of(ExitExpectation.NONZERO);
      }
      if (DIGITS.matcher(value).matches()
          && value.length() <= 3
          && Integer.parseInt(value) <= ExitExpectation.MAX) {
        return Optional.of(ExitExpectation.of(Integer.parseInt(value)));
      }
    }
    in.problems().at(node, "badExitCode", shown(node));
    return Optional.empty();
  }

  /** {@code {url: …, within: …, status?: N}} or {@code {run: …, within: …}}. */
  Optional<Ready> ready(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("ready"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<Node> urlNode = fields.optional("url");
    Optional<Node> runNode = fields.optional("run");
    Optional<Node> statusNode = fields.optional("status");
    Optional<Duration> within = fields.required("within").flatMap(in::duration);
    fields.finish();
    if (urlNode.isPresent() == runNode.isPresent()) {
      in.problems().at(node, "oneOf", fields.what(), "url, run");
      return Optional.empty();
    }
    if (statusNode.isPresent() && runNode.isPresent()) {
      in.problems().at(fields.keyNode("status").get(), "readyStatusWithRun");
      return Optional.empty();
    }
    Optional<String> url = urlNode.flatMap(in::httpUrl);
    Optional<String> run = runNode.flatMap(in::template).map(String::strip);
    Optional<Integer> status = statusNode.flatMap(n -> in.integer(n, 100, 599));
    if (within.isEmpty()
        || urlNode.isPresent() && url.isEmpty()
        || runNode.isPresent() && run.isEmpty()
        || statusNode.isPresent() && status.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Ready(url.orElse(null), status.orElse(null), run.orElse(null), within.get()));
  }

  /** {@code auto} or {@code manual}. */
  Optional<Advance> advance(Node node) {
    return in.choice(node, Advance.values(), Advance::key);
  }

  private static String shown(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "…";
  }
}
