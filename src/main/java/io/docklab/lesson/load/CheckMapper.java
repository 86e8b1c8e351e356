package io.docklab.lesson.load;

import io.docklab.lesson.Text;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.CommandCheck;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerFileCheck;
import io.docklab.lesson.check.ContainerHealth;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.ImageCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.Mount;
import io.docklab.lesson.check.MountType;
import io.docklab.lesson.check.NetworkCheck;
import io.docklab.lesson.check.OutputCheck;
import io.docklab.lesson.check.RegistryCheck;
import io.docklab.lesson.check.VolumeCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads one check ({@code kind:} and the keys of that kind) from a YAML mapping. */
final class CheckMapper {
  static final int DEFAULT_HTTP_STATUS = 200;
  static final Duration DEFAULT_HTTP_WITHIN = Duration.ofSeconds(10);
  static final String DEFAULT_TAG = "latest";
  private static final Pattern PORT =
      Pattern.compile("(([0-9]{1,3}\\.){3}[0-9]{1,3}:)?[0-9]{1,5}:[0-9]{1,5}(/(tcp|udp|sctp))?");

  private final NodeReader in;

  CheckMapper(NodeReader in) {
    this.in = in;
  }

  Optional<CheckSpec> check(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("check"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<CheckKind> kind = fields.required("kind").flatMap(this::kind);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    fields.describe(Fields.what("kindOfCheck", kind.get().key()));
    Checked checked = new Checked(fields);
    CheckSpec check =
        switch (kind.get()) {
          case CONTAINER -> container(checked);
          case IMAGE -> image(checked);
          case HTTP -> http(checked);
          case COMMAND -> command(checked);
          case OUTPUT -> output(checked);
          case FILE -> file(checked);
          case CONTAINER_FILE -> containerFile(checked);
          case REGISTRY -> registry(checked);
          case NETWORK -> network(checked);
          case VOLUME -> volume(checked);
        };
    fields.finish();
    return checked.ok ? Optional.of(check) : Optional.empty();
  }

  private Optional<CheckKind> kind(Node node) {
    Optional<String> word = in.string(node);
    Optional<CheckKind> kind = word.flatMap(CheckKind::byKey);
    if (word.isPresent() && kind.isEmpty()) {
      in.problems().at(node, "unknownCheckKind", word.get(), String.join(", ", CheckKind.keys()));
    }
    return kind;
  }

  private CheckSpec container(Checked c) {
    String name = c.optionalTemplate("name");
    String image = c.optionalTemplate("image");
    c.atLeastOne("name", "image");
    return new ContainerCheck(
        name,
        image,
        c.flag("exists", true),
        c.fields
            .optional("state")
            .flatMap(node -> c.track(in.choice(node, ContainerState.values(), ContainerState::key)))
            .orElse(null),
        c.fields
            .optional("exitCode")
            .flatMap(node -> c.track(in.integer(node, 0, 255)))
            .orElse(null),
        c.fields
            .optional("ports")
            .flatMap(node -> c.track(in.list(node, this::port)))
            .orElse(List.of()),
        c.matcher("logs"),
        Optional.ofNullable(c.strings("networks")).orElse(List.of()),
        c.fields
            .optional("mounts")
            .flatMap(node -> c.track(in.list(node, this::mount)))
            .orElse(List.of()),
        c.fields.optional("env").flatMap(node -> c.track(in.stringMap(node))).orElse(null),
        c.fields
            .optional("health")
            .flatMap(
                node -> c.track(in.choice(node, ContainerHealth.values(), ContainerHealth::key)))
            .orElse(null),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec image(Checked c) {
    return new ImageCheck(
        c.requiredTemplate("ref"),
        c.flag("exists", true),
        c.strings("cmd"),
        c.strings("entrypoint"),
        c.optionalTemplate("workdir"),
        c.fields.optional("env").flatMap(node -> c.track(in.stringMap(node))).orElse(null),
        c.strings("exposedPorts"),
        c.fields.optional("labels").flatMap(node -> c.track(in.stringMap(node))).orElse(null),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec http(Checked c) {
    return new HttpCheck(
        c.required("url", in::httpUrl),
        c.fields
            .optional("status")
            .flatMap(node -> c.track(in.integer(node, 100, 599)))
            .orElse(DEFAULT_HTTP_STATUS),
        c.matcher("body"),
        c.fields
            .optional("within")
            .flatMap(node -> c.track(in.duration(node)))
            .orElse(DEFAULT_HTTP_WITHIN),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec command(Checked c) {
    return new CommandCheck(
        c.requiredTemplate("run"),
        c.fields
            .optional("exitCode")
            .flatMap(node -> c.track(in.integer(node, 0, 255)))
            .orElse(null),
        c.matcher("stdout"),
        c.matcher("stderr"),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec output(Checked c) {
    return new OutputCheck(c.requiredMatcher("shows"), c.message(), c.passesBefore());
  }

  private CheckSpec file(Checked c) {
    return new FileCheck(
        c.required("path", in::checkedPath),
        c.flag("exists", true),
        c.matcher("content"),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec containerFile(Checked c) {
    String container = c.optionalTemplate("container");
    String image = c.optionalTemplate("image");
    c.exactlyOne("container", "image");
    return new ContainerFileCheck(
        container,
        image,
        c.requiredTemplate("path"),
        c.flag("exists", true),
        c.matcher("content"),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec registry(Checked c) {
    return new RegistryCheck(
        c.requiredTemplate("registry"),
        c.requiredTemplate("repository"),
        Optional.ofNullable(c.optionalTemplate("tag")).orElse(DEFAULT_TAG),
        c.optionalTemplate("username"),
        c.optionalTemplate("password"),
        c.flag("exists", true),
        c.message(),
        c.passesBefore());
  }

  // --- checks (issue 13): network, volume, container mounts ---

  private CheckSpec network(Checked c) {
    return new NetworkCheck(
        c.requiredTemplate("name"),
        c.flag("exists", true),
        c.optionalTemplate("driver"),
        Optional.ofNullable(c.strings("attached")).orElse(List.of()),
        Optional.ofNullable(c.strings("notAttached")).orElse(List.of()),
        c.message(),
        c.passesBefore());
  }

  private CheckSpec volume(Checked c) {
    String path = c.fields.optional("path").flatMap(n -> c.track(in.volumePath(n))).orElse(null);
    Matcher content = c.matcher("content");
    if (content != null && !c.fields.has("path")) {
      in.problems().at(c.fields.keyNode("content").get(), "contentWithoutPath");
      c.ok = false;
    }
    return new VolumeCheck(
        c.requiredTemplate("name"),
        c.flag("exists", true),
        c.optionalTemplate("driver"),
        path,
        content,
        c.message(),
        c.passesBefore());
  }

  /** One mount of a container check: {@code target} and, when given, type, source, readOnly. */
  private Optional<Mount> mount(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("mount"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<MountType> type =
        fields
            .optional("type")
            .map(n -> in.choice(n, MountType.values(), MountType::key))
            .orElse(Optional.empty());
    Optional<String> source = fields.optional("source").flatMap(in::template);
    Optional<String> target = fields.required("target").flatMap(this::mountTarget);
    Optional<Boolean> readOnly = fields.optional("readOnly").flatMap(in::bool);
    fields.finish();
    boolean ok =
        target.isPresent()
            && type.isPresent() == fields.has("type")
            && source.isPresent() == fields.has("source")
            && readOnly.isPresent() == fields.has("readOnly");
    return ok
        ? Optional.of(
            new Mount(type.orElse(null), source.orElse(null), target.get(), readOnly.orElse(null)))
        : Optional.empty();
  }

  private Optional<String> mountTarget(Node node) {
    Optional<String> target = in.template(node);
    if (target.isPresent() && !target.get().startsWith("/")) {
      in.problems().at(node, "relativeMountTarget", target.get());
      return Optional.empty();
    }
    return target;
  }

  // --- end checks ---

  /** The reason a check may pass before the work: a sentence, never blank. */
  private Optional<String> reason(Node node) {
    Optional<String> reason = in.string(node).map(String::strip);
    if (reason.isPresent() && reason.get().isEmpty()) {
      in.problems().at(node, "blankReason");
      return Optional.empty();
    }
    return reason;
  }

  private Optional<String> port(Node node) {
    Optional<String> port = in.template(node);
    if (port.isPresent() && !PORT.matcher(port.get()).matches()) {
      in.problems().at(node, "badPort", port.get());
      return Optional.empty();
    }
    return port;
  }

  /**
   * A matcher: a plain string (contains), or one of {@code contains: TEXT}, {@code matches: REGEX},
   * {@code not: MATCHER}.
   */
  Optional<Matcher> matcher(Node node) {
    return matcher(node, 0);
  }

  /** A matcher inside {@code depth} others ({@code not:}); an alias may make that endless. */
  private Optional<Matcher> matcher(Node node, int depth) {
    if (depth > Yaml.MAX_DEPTH) {
      in.problems().at(node, "tooDeep", Yaml.MAX_DEPTH);
      return Optional.empty();
    }
    if (node instanceof ScalarNode) {
      return in.template(node).map(Matcher::contains);
    }
    Optional<Fields> found = in.fields(node, Fields.what("matcher"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<Node> contains = fields.optional("contains");
    Optional<Node> matches = fields.optional("matches");
    Optional<Node> not = fields.optional("not");
    fields.finish();
    int given =
        (contains.isPresent() ? 1 : 0) + (matches.isPresent() ? 1 : 0) + (not.isPresent() ? 1 : 0);
    if (given != 1) {
      in.problems().at(node, "oneOf", fields.what(), "contains, matches, not");
      return Optional.empty();
    }
    if (contains.isPresent()) {
      return in.template(contains.get()).map(Matcher::contains);
    }
    if (not.isPresent()) {
      return matcher(not.get(), depth + 1).map(Matcher::not);
    }
    return in.template(matches.get()).flatMap(regex -> regex(matches.get(), regex));
  }

  private Optional<Matcher> regex(Node node, String regex) {
    try {
      Pattern.compile(regex);
      return Optional.of(Matcher.matches(regex));
    } catch (PatternSyntaxException e) {
      in.problems().at(node, "badRegex", regex, e.getDescription(), e.getIndex());
      return Optional.empty();
    }
  }

  /** The fields of one check, and whether everything read so far was valid. */
  private final class Checked {
    final Fields fields;
    boolean ok = true;

    Checked(Fields fields) {
      this.fields = fields;
    }

    Text message() {
      return fields.optional("message").flatMap(n -> track(in.text(n))).orElse(Text.EMPTY);
    }

    /** Why the check may pass before the step's work; null when it must not. */
    String passesBefore() {
      return fields.optional("passesBefore").flatMap(n -> track(reason(n))).orElse(null);
    }

    <T> Optional<T> track(Optional<T> value) {
      ok &= value.isPresent();
      return value;
    }

    String requiredTemplate(String key) {
      return required(key, in::template);
    }

    String required(String key, java.util.function.Function<Node, Optional<String>> read) {
      Optional<Node> node = fields.required(key);
      ok &= node.isPresent();
      return node.flatMap(n -> track(read.apply(n))).orElse(null);
    }

    String optionalTemplate(String key) {
      return fields.optional(key).flatMap(n -> track(in.template(n))).orElse(null);
    }

    boolean flag(String key, boolean otherwise) {
      return fields.optional(key).flatMap(n -> track(in.bool(n))).orElse(otherwise);
    }

    List<String> strings(String key) {
      return fields.optional(key).flatMap(n -> track(in.list(n, in::template))).orElse(null);
    }

    Matcher matcher(String key) {
      return fields.optional(key).flatMap(n -> track(CheckMapper.this.matcher(n))).orElse(null);
    }

    Matcher requiredMatcher(String key) {
      Optional<Node> node = fields.required(key);
      ok &= node.isPresent();
      return node.flatMap(n -> track(CheckMapper.this.matcher(n))).orElse(null);
    }

    void atLeastOne(String first, String second) {
      if (!fields.has(first) && !fields.has(second)) {
        in.problems().at(fields.node(), "atLeastOneOf", fields.what(), first + ", " + second);
        ok = false;
      }
    }

    void exactlyOne(String first, String second) {
      if (fields.has(first) == fields.has(second)) {
        in.problems().at(fields.node(), "oneOf", fields.what(), first + ", " + second);
        ok = false;
      }
    }
  }
}
