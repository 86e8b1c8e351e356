package io.docklab.lesson.load;

import io.docklab.lesson.Action;
import io.docklab.lesson.Advance;
import io.docklab.lesson.CommandAction;
import io.docklab.lesson.CommandMode;
import io.docklab.lesson.Creates;
import io.docklab.lesson.ExitExpectation;
import io.docklab.lesson.FileAction;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Ready;
import io.docklab.lesson.Requirements;
import io.docklab.lesson.Step;
import io.docklab.lesson.Text;
import io.docklab.lesson.Variable;
import io.docklab.lesson.check.CheckSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The one mapping from YAML nodes to the lesson model, shared by the YAML loader (the whole file)
 * and the Markdown loader (front matter and fenced blocks), so both formats give equal lessons.
 */
final class LessonMapper {
  /** Services docklab knows how to run for a lesson. */
  static final List<String> SERVICES = List.of("registry");

  private static final List<String> HEADER_KEYS =
      List.of(
          "id",
          "title",
          "summary",
          "languages",
          "estimatedMinutes",
          "requires",
          "variables",
          "creates",
          "hostPaths");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ENGINE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  private final NodeReader in;
  private final CheckMapper checks;
  private final FlowMapper flow;

  LessonMapper(Problems problems) {
    this.in = new NodeReader(problems);
    this.checks = new CheckMapper(in);
    this.flow = new FlowMapper(in);
  }

  /** A command's {@code ready} (for a Markdown {@code ready} block, read where it stands). */
  Optional<Ready> ready(Node node) {
    return flow.ready(node);
  }

  /** A step's {@code advance} (YAML key, Markdown heading attribute). */
  Optional<Advance> advance(Node node) {
    return flow.advance(node);
  }

  NodeReader reader() {
    return in;
  }

  /** What a lesson says about itself: every key but its steps (and intro). */
  record Header(
      String id,
      Text title,
      Text summary,
      List<String> languages,
      int estimatedMinutes,
      Requirements requires,
      List<Variable> variables,
      Creates creates,
      List<String> hostPaths) {}

  /** A step and where its id stands, to report a duplicate id. */
  record PlacedStep(Step step, Node idNode) {}

  /** Reads a whole lesson in the YAML format. */
  Optional<Lesson> lesson(Node root) {
    Optional<Fields> found = in.fields(root, Fields.what("lesson"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<Header> header = header(fields);
    if (header.isEmpty()) {
      fields.expect(List.of("intro", "steps", "setup"));
      fields.finish();
      return Optional.empty();
    }
    Text intro = fields.optional("intro").flatMap(in::text).orElse(Text.EMPTY);
    Optional<List<Action>> setup =
        fields.optional("setup").map(this::setup).orElse(Optional.of(List.of()));
    Optional<Node> stepsNode = fields.required("steps");
    Optional<List<PlacedStep>> steps = stepsNode.flatMap(node -> in.list(node, this::step));
    fields.finish();
    boolean stepsGiven =
        stepsNode
            .filter(n -> n instanceof SequenceNode seq && !seq.getValue().isEmpty())
            .isPresent();
    if (steps.isEmpty() || steps.get().isEmpty() && stepsGiven || setup.isEmpty()) {
      return Optional.empty(); // what was wrong with the steps is reported already
    }
    return lesson(header.get(), intro, setup.get(), steps.get(), fields.node());
  }

  /**
   * Reads the lesson's own keys; empty when the languages or the variables cannot be read, since
   * every text and template depends on them.
   */
  Optional<Header> header(Fields fields) {
    fields.expect(HEADER_KEYS);
    Optional<List<String>> languages = fields.required("languages").flatMap(this::languages);
    if (languages.isEmpty()) {
      return Optional.empty();
    }
    in.useLanguages(languages.get());
    Optional<List<Variable>> variables =
        fields.optional("variables").map(this::variables).orElse(Optional.of(List.of()));
    if (variables.isEmpty()) {
      return Optional.empty();
    }
    in.useVariables(variables.get().stream().map(Variable::name).toList());
    Optional<String> id = fields.required("id").flatMap(in::id);
    Optional<Text> title = fields.required("title").flatMap(in::text);
    Optional<Text> summary = fields.required("summary").flatMap(in::text);
    Optional<Integer> minutes =
        fields.required("estimatedMinutes").flatMap(node -> in.integer(node, 1, 600));
    Optional<Requirements> requires =
        fields.optional("requires").map(this::requirements).orElse(Optional.of(Requirements.NONE));
    Optional<Creates> creates =
        fields.optional("creates").map(this::creates).orElse(Optional.of(Creates.NOTHING));
    Optional<List<String>> hostPaths = hostPaths(fields);
    if (id.isEmpty()
        || title.isEmpty()
        || summary.isEmpty()
        || minutes.isEmpty()
        || requires.isEmpty()
        || creates.isEmpty()
        || hostPaths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Header(
            id.get(),
            title.get(),
            summary.get(),
            languages.get(),
            minutes.get(),
            requires.get(),
            variables.get(),
            creates.get(),
            hostPaths.get()));
  }

  /**
   * The absolute paths {@code file} checks may read (issue 13), known to the reader from now on;
   * empty when one is not an absolute path.
   */
  private Optional<List<String>> hostPaths(Fields fields) {
    Optional<Node> node = fields.optional("hostPaths");
    Optional<List<String>> paths =
        node.map(n -> in.list(n, in::hostPath)).orElse(Optional.of(List.of()));
    if (paths.isPresent()
        && node.isPresent()
        && paths.get().size() != ((SequenceNode) node.get()).getValue().size()) {
      return Optional.empty();
    }
    paths.ifPresent(in::useHostPaths);
    return paths;
  }

  /** Puts a lesson together, checking what concerns all its steps. */
  Optional<Lesson> lesson(
      Header header, Text intro, List<Action> setup, List<PlacedStep> steps, Node where) {
    if (steps.isEmpty()) {
      in.problems().at(where, "noSteps");
      return Optional.empty();
    }
    Map<String, Node> seen = new HashMap<>();
    for (PlacedStep placed : steps) {
      Node first = seen.putIfAbsent(placed.step().id(), placed.idNode());
      if (first != null) {
        in.problems()
            .at(
                placed.idNode(),
                "duplicateStep",
                placed.step().id(),
                first.getStartMark().map(mark -> mark.getLine() + 1).orElse(0));
      }
    }
    return Optional.of(
        new Lesson(
            header.id(),
            header.title(),
            header.summary(),
            intro,
            header.languages(),
            header.estimatedMinutes(),
            header.requires(),
            header.variables(),
            steps.stream().map(PlacedStep::step).toList(),
            header.creates(),
            setup,
            header.hostPaths()));
  }

  private Optional<PlacedStep> step(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("step"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<Node> idNode = fields.required("id");
    Optional<String> id = idNode.flatMap(in::id);
    Optional<Text> title = fields.required("title").flatMap(in::text);
    Optional<Text> text = fields.optional("text").map(in::text).orElse(Optional.of(Text.EMPTY));
    Optional<List<Action>> actions =
        fields.optional("actions").map(this::actions).orElse(Optional.of(List.of()));
    Optional<List<CheckSpec>> checks = fields.required("checks").flatMap(this::checks);
    Optional<List<Text>> hints =
        fields.optional("hints").map(n -> in.list(n, in::text)).orElse(Optional.of(List.of()));
    Optional<List<Action>> solution =
        fields.optional("solution").map(this::actions).orElse(Optional.of(List.of()));
    Optional<List<Action>> setup =
        fields.optional("setup").map(this::setup).orElse(Optional.of(List.of()));
    Optional<Advance> advance =
        fields.optional("advance").map(flow::advance).orElse(Optional.of(Advance.AUTO));
    fields.finish();
    if (id.isEmpty()
        || title.isEmpty()
        || text.isEmpty()
        || checks.isEmpty()
        || setup.isEmpty()
        || advance.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PlacedStep(
            new Step(
                id.get(),
                title.get(),
                text.get(),
                actions.orElse(List.of()),
                checks.get(),
                hints.orElse(List.of()),
                solution.orElse(List.of()),
                setup.get(),
                advance.get()),
            idNode.get()));
  }

  /** A step's checks: a list of check mappings with at least one check. */
  Optional<List<CheckSpec>> checks(Node node) {
    Optional<List<CheckSpec>> list = in.list(node, checks::check);
    if (list.isPresent() && list.get().isEmpty() && ((SequenceNode) node).getValue().isEmpty()) {
      in.problems().at(node, "noChecks");
      return Optional.empty();
    }
    return list;
  }

  /** One check, or a list of checks (as a Markdown check block may hold). */
  List<CheckSpec> checkOrChecks(Node node) {
    if (node instanceof SequenceNode) {
      return in.list(node, checks::check).orElse(List.of());
    }
    return checks.check(node).map(List::of).orElse(List.of());
  }

  Optional<Text> text(Node node) {
    return in.text(node);
  }

  private Optional<List<Action>> actions(Node node) {
    return in.list(node, this::action);
  }

  // --- setup (lesson and step): actions that prepare the stage ---

  /** A lesson's or a step's setup: a list of actions, each a setup action. */
  Optional<List<Action>> setup(Node node) {
    Optional<List<Action>> list = in.list(node, this::setupAction);
    if (list.isPresent() && list.get().size() != ((SequenceNode) node).getValue().size()) {
      return Optional.empty(); // what was wrong is reported already
    }
    return list;
  }

  /**
   * One setup action: a file, or a command that runs to its end without a terminal (setup runs
   * quietly, with nobody to type into it and nothing to stop a server at the step's end).
   */
  Optional<Action> setupAction(Node node) {
    Optional<Action> action = action(node);
    if (action.isPresent() && action.get() instanceof CommandAction command) {
      if (command.mode() != CommandMode.PLAIN) {
        in.problems().at(valueOf(node, "mode"), "setupNotPlain", command.mode().key());
        return Optional.empty();
      }
      if (command.ready() != null) {
        in.problems().at(keyOf(node, "ready"), "setupReady");
        return Optional.empty();
      }
    }
    return action;
  }

  /** The value of {@code key} in the mapping {@code node}, else the mapping. */
  private static Node valueOf(Node node, String key) {
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return node;
  }

  /** The key {@code key} in the mapping {@code node}, else the mapping. */
  private static Node keyOf(Node node, String key) {
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
        return name;
      }
    }
    return node;
  }

  /** A file ({@code kind: file}) or a command ({@code kind: command}). */
  Optional<Action> action(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("action"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<String> kind = fields.required("kind").flatMap(in::string);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<Action> action =
        switch (kind.get()) {
          case "file" -> file(fields);
          case "command" -> command(fields);
          default -> {
            in.problems()
                .at(
                    fields.optional("kind").get(),
                    "unknownActionKind",
                    kind.get(),
                    "file, command");
            yield Optional.empty();
          }
        };
    if (kind.get().equals("file") || kind.get().equals("command")) {
      fields.finish();
    }
    return action;
  }

  private Optional<Action> file(Fields fields) {
    fields.describe(Fields.what("kindOfAction", "file"));
    Optional<String> path = fields.required("path").flatMap(in::workspacePath);
    Optional<Text> content = fields.required("content").flatMap(in::content);
    if (path.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FileAction(path.get(), content.get()));
  }

  private Optional<Action> command(Fields fields) {
    fields.describe(Fields.what("kindOfAction", "command"));
    Optional<String> run = fields.required("run").flatMap(in::template).map(String::strip);
    Optional<CommandMode> mode =
        fields
            .optional("mode")
            .map(node -> in.choice(node, CommandMode.values(), CommandMode::key))
            .orElse(Optional.of(CommandMode.PLAIN));
    Optional<Node> inputNode = fields.optional("input");
    Optional<List<String>> input =
        inputNode.map(node -> in.list(node, in::template)).orElse(Optional.of(List.of()));
    if (inputNode.isPresent() && mode.isPresent() && mode.get() != CommandMode.INTERACTIVE) {
      in.problems().at(fields.keyNode("input").get(), "inputNotInteractive");
      return Optional.empty();
    }
    // How the command is expected to end, and what a reference solution waits for after it.
    Optional<ExitExpectation> exitCode =
        fields.optional("exitCode").map(flow::exitCode).orElse(Optional.of(ExitExpectation.ZERO));
    Optional<Optional<Ready>> ready =
        fields
            .optional("ready")
            .map(node -> flow.ready(node).map(Optional::of))
            .orElse(Optional.of(Optional.empty()));
    if (run.isEmpty()
        || mode.isEmpty()
        || input.isEmpty()
        || exitCode.isEmpty()
        || ready.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CommandAction(
            run.get(), mode.get(), input.get(), exitCode.get(), ready.get().orElse(null)));
  }

  private Optional<List<String>> languages(Node node) {
    Optional<List<String>> languages = in.list(node, in::string);
    if (languages.isEmpty()) {
      return Optional.empty();
    }
    List<String> valid = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      in.string(item)
          .ifPresent(
              language -> {
                if (!LANGUAGE.matcher(language).matches() || valid.contains(language)) {
                  in.problems().at(item, "badLanguage", language);
                } else {
                  valid.add(language);
                }
              });
    }
    if (valid.isEmpty() || valid.size() != languages.get().size()) {
      if (valid.isEmpty() && languages.get().isEmpty()) {
        in.problems().at(node, "noLanguages");
      }
      return Optional.empty();
    }
    return Optional.of(valid);
  }

  private Optional<List<Variable>> variables(Node node) {
    Optional<List<Variable>> variables = in.list(node, this::variable);
    if (variables.isEmpty() || variables.get().size() != ((SequenceNode) node).getValue().size()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < variables.get().size(); i++) {
      String name = variables.get().get(i).name();
      if (names.contains(name)) {
        in.problems().at(((SequenceNode) node).getValue().get(i), "duplicateVariable", name);
        return Optional.empty();
      }
      names.add(name);
    }
    return variables;
  }

  private Optional<Variable> variable(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("variable"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<Node> nameNode = fields.required("name");
    Optional<String> name = nameNode.flatMap(in::string);
    if (name.isPresent() && !VARIABLE_NAME.matcher(name.get()).matches()) {
      in.problems().at(nameNode.get(), "badVariableName", name.get());
      name = Optional.empty();
    }
    Optional<String> defaultValue = fields.required("default").flatMap(in::string);
    Optional<Text> prompt = fields.optional("prompt").map(in::text).orElse(Optional.of(Text.EMPTY));
    Optional<Boolean> secret = fields.optional("secret").map(in::bool).orElse(Optional.of(false));
    fields.finish();
    if (name.isEmpty() || defaultValue.isEmpty() || prompt.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Variable(name.get(), defaultValue.get(), prompt.get(), secret.get()));
  }

  private Optional<Requirements> requirements(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("requires"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    // requires.images: references and offline recipes (recipes)
    Optional<ImageMapper.Images> images =
        fields
            .optional("images")
            .map(n -> new ImageMapper(in).images(n))
            .orElse(Optional.of(new ImageMapper.Images(List.of(), List.of())));
    Optional<List<Integer>> ports =
        fields
            .optional("ports")
            .map(n -> in.list(n, item -> in.integer(item, 1, 65535)))
            .orElse(Optional.of(List.of()));
    Optional<List<String>> services =
        fields
            .optional("services")
            .map(n -> in.list(n, this::service))
            .orElse(Optional.of(List.of()));
    fields.finish();
    if (images.isEmpty() || ports.isEmpty() || services.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Requirements(images.get().refs(), ports.get(), services.get(), images.get().recipes()));
  }

  private Optional<String> service(Node node) {
    Optional<String> service = in.string(node);
    if (service.isPresent() && !SERVICES.contains(service.get())) {
      in.problems().at(node, "unknownService", service.get(), String.join(", ", SERVICES));
      return Optional.empty();
    }
    return service;
  }

  private Optional<Creates> creates(Node node) {
    Optional<Fields> found = in.fields(node, Fields.what("creates"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<List<String>> containers = templateList(fields, "containers");
    Optional<List<String>> images = templateList(fields, "images");
    Optional<List<String>> repositories = templateList(fields, "repositories");
    Optional<List<String>> files =
        fields
            .optional("files")
            .map(n -> in.list(n, in::workspacePath))
            .orElse(Optional.of(List.of()));
    Optional<List<String>> networks = engineNames(fields, "networks");
    Optional<List<String>> volumes = engineNames(fields, "volumes");
    fields.finish();
    if (containers.isEmpty()
        || images.isEmpty()
        || repositories.isEmpty()
        || files.isEmpty()
        || networks.isEmpty()
        || volumes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Creates(
            containers.get(),
            images.get(),
            repositories.get(),
            files.get(),
            networks.get(),
            volumes.get()));
  }

  // --- creates.networks, creates.volumes: exact engine names, placeholders allowed ---

  private Optional<List<String>> engineNames(Fields fields, String key) {
    Optional<Node> node = fields.optional(key);
    if (node.isEmpty()) {
      return Optional.of(List.of());
    }
    Optional<List<String>> names = in.list(node.get(), this::engineName);
    if (names.isPresent() && names.get().size() != ((SequenceNode) node.get()).getValue().size()) {
      return Optional.empty();
    }
    return names;
  }

  /** A network or volume name as the engine accepts it, once its placeholders are filled in. */
  private Optional<String> engineName(Node node) {
    Optional<String> name = in.template(node);
    if (name.isPresent()
        && !ENGINE_NAME.matcher(PLACEHOLDER.matcher(name.get()).replaceAll("x")).matches()) {
      in.problems().at(node, "badEngineName", name.get());
      return Optional.empty();
    }
    return name;
  }

  private Optional<List<String>> stringList(Fields fields, String key) {
    return fields.optional(key).map(n -> in.list(n, in::string)).orElse(Optional.of(List.of()));
  }

  private Optional<List<String>> templateList(Fields fields, String key) {
    return fields.optional(key).map(n -> in.list(n, in::template)).orElse(Optional.of(List.of()));
  }
}
