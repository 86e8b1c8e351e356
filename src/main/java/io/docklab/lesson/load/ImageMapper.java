package io.docklab.lesson.load;

import io.docklab.lesson.ImageRecipe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code requires.images}: each entry an image reference, or a mapping {@code {ref, offline:
 * {packages, dockerfile}}} that says how to make the image when no registry gives it. Shared by
 * both formats through {@link LessonMapper}.
 */
final class ImageMapper {
  /** A Debian package name (Debian Policy 5.6.1). */
  static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

  private static final Pattern FROM = Pattern.compile("(?i)FROM(\\s.*)?");

  /** The images a lesson needs, and the recipes some of them come with. */
  record Images(List<String> refs, List<ImageRecipe> recipes) {}

  private final NodeReader in;

  ImageMapper(NodeReader in) {
    this.in = in;
  }

  Optional<Images> images(Node node) {
    List<String> refs = new ArrayList<>();
    List<ImageRecipe> recipes = new ArrayList<>();
    Map<String, Node> recipeAt = new HashMap<>();
    Optional<List<Boolean>> read =
        in.list(
            node,
            item -> {
              Optional<String> ref;
              if (item instanceof MappingNode) {
                Optional<Entry> entry = entry(item);
                entry
                    .flatMap(Entry::recipe)
                    .ifPresent(recipe -> add(recipe, item, recipeAt, recipes));
                ref = entry.map(Entry::ref);
              } else {
                ref = ref(item);
              }
              ref.ifPresent(refs::add);
              return ref.map(found -> true);
            });
    if (read.isEmpty() || read.get().size() != ((SequenceNode) node).getValue().size()) {
      return Optional.empty();
    }
    return Optional.of(new Images(refs, recipes));
  }

  private void add(
      ImageRecipe recipe, Node item, Map<String, Node> recipeAt, List<ImageRecipe> recipes) {
    Node first = recipeAt.putIfAbsent(recipe.ref(), item);
    if (first != null) {
      in.problems()
          .at(
              item,
              "duplicateRecipe",
              recipe.ref(),
              first.getStartMark().map(mark -> mark.getLine() + 1).orElse(0));
      return;
    }
    recipes.add(recipe);
  }

  /** One mapping entry: its reference, and its recipe when it has {@code offline}. */
  private record Entry(String ref, Optional<ImageRecipe> recipe) {}

  private Optional<Entry> entry(Node node) {
    Fields fields = in.fields(node, Fields.what("image")).orElseThrow();
    Optional<String> ref = fields.required("ref").flatMap(this::ref);
    Optional<Node> offlineNode = fields.optional("offline");
    fields.finish();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    if (offlineNode.isEmpty()) {
      return Optional.of(new Entry(ref.get(), Optional.empty()));
    }
    if (ref.get().contains("@")) {
      in.problems().at(fields.required("ref").get(), "recipeDigest", ref.get());
      return Optional.empty();
    }
    Optional<ImageRecipe> recipe = recipe(ref.get(), offlineNode.get(), node);
    return recipe.map(made -> new Entry(ref.get(), Optional.of(made)));
  }

  private Optional<ImageRecipe> recipe(String ref, Node node, Node entry) {
    Optional<Fields> found = in.fields(node, Fields.what("offline"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = found.get();
    Optional<List<String>> packages = fields.required("packages").flatMap(this::packages);
    Optional<String> dockerfile =
        fields.optional("dockerfile").map(this::dockerfile).orElse(Optional.of(""));
    fields.finish();
    if (packages.isEmpty() || dockerfile.isEmpty()) {
      return Optional.empty();
    }
    int column = entry.getStartMark().map(mark -> mark.getColumn() + 1).orElse(0);
    return Optional.of(
        new ImageRecipe(ref, packages.get(), dockerfile.get(), in.problems().line(entry), column));
  }

  private Optional<String> ref(Node node) {
    Optional<String> ref = in.string(node).map(String::strip);
    if (ref.isPresent()
        && (ref.get().isEmpty() || ref.get().chars().anyMatch(Character::isWhitespace))) {
      in.problems().at(node, "badImageRef", ref.get());
      return Optional.empty();
    }
    return ref;
  }

  private Optional<List<String>> packages(Node node) {
    Optional<List<String>> packages = in.list(node, this::packageName);
    if (packages.isEmpty()) {
      return Optional.empty();
    }
    int given = ((SequenceNode) node).getValue().size();
    if (given == 0) {
      in.problems().at(node, "noPackages");
      return Optional.empty();
    }
    return packages.get().size() == given ? packages : Optional.empty();
  }

  private Optional<String> packageName(Node node) {
    Optional<String> name = in.string(node);
    if (name.isPresent() && !PACKAGE.matcher(name.get()).matches()) {
      in.problems().at(node, "badPackage", name.get());
      return Optional.empty();
    }
    return name;
  }

  /** The Dockerfile lines; none may be a FROM, since the recipe's base is the FROM. */
  private Optional<String> dockerfile(Node node) {
    Optional<String> text = in.string(node);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = text.get().lines().toList();
    boolean clean = true;
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!continued && FROM.matcher(line).matches()) {
        reportFrom(node, i, lines.get(i));
        clean = false;
      }
      continued = !line.startsWith("#") && line.endsWith("\\");
    }
    return clean ? Optional.of(text.get().stripTrailing() + "\n") : Optional.empty();
  }

  /**
   * At the FROM line itself when the text is a literal block ({@code |}), whose lines are the
   * file's lines one for one; at the text's start otherwise.
   */
  private void reportFrom(Node node, int index, String line) {
    ScalarNode scalar = (ScalarNode) node;
    String shown = line.strip();
    if (scalar.getScalarStyle() == ScalarStyle.LITERAL) {
      int first = scalar.getStartMark().map(mark -> mark.getLine() + 2).orElse(1);
      // The block's indentation is not kept by the parser: the column is the line's start.
      in.problems().atMarkLine(first + index, 1, "recipeFrom", shown);
    } else {
      in.problems().at(node, "recipeFrom", shown);
    }
  }
}
