package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.docklab.i18n.Messages;
import io.docklab.lesson.ImageRecipe;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Requirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code requires.images} with offline recipes, in both formats, and its errors. */
@Timeout(10)
class ImageRecipeLoadingTest {
  static final String REQUIRES =
      """
      requires:
        images:
          - python:3.11-slim
          - ref: nginx:alpine
            offline:
              packages: [nginx-light]
              dockerfile: |
                RUN mkdir -p /usr/share/nginx/html
                EXPOSE 80
                CMD ["nginx", "-g", "daemon off;"]
          - ref: redis:7
        ports: [8080]
      """;

  private static final String HEAD =
      """
      id: recipes
      languages: [en]
      title: Recipes
      summary: A lesson with an offline recipe.
      estimatedMinutes: 5
      """;

  private static final String YAML_STEPS =
      """
      steps:
        - id: one
          title: One
          checks:
            - kind: command
              run: "true"
              passesBefore: never mind
      """;

  private static final String MARKDOWN_BODY =
      """
      ---

      ## One {#one}

      ```yaml check
      kind: command
      run: "true"
      passesBefore: never mind
      ```
      """;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  static String yaml(String requires) {
    return HEAD + requires + YAML_STEPS;
  }

  static String markdown(String requires) {
    return "---\n" + HEAD + requires + MARKDOWN_BODY;
  }

  private static Lesson lesson(String file, String content) {
    LoadResult result = LessonLoader.load(file, content);
    assertEquals(List.of(), result.errors().stream().map(LessonError::toString).toList());
    return result.lesson().orElseThrow();
  }

  private static List<String> errors(String file, String content) {
    return LessonLoader.load(file, content).errors().stream().map(LessonError::toString).toList();
  }

  @Test
  void bothFormatsReadTheRecipeAndKeepEveryImageInTheList() {
    Requirements yaml = lesson("a.yaml", yaml(REQUIRES)).requires();
    Requirements markdown = lesson("a.md", markdown(REQUIRES)).requires();
    assertEquals(List.of("python:3.11-slim", "nginx:alpine", "redis:7"), yaml.images());
    assertEquals(yaml, markdown);
    ImageRecipe recipe = yaml.recipe("nginx:alpine").orElseThrow();
    assertEquals(List.of("nginx-light"), recipe.packages());
    assertEquals(
        List.of(
            "RUN mkdir -p /usr/share/nginx/html",
            "EXPOSE 80",
            "CMD [\"nginx\", \"-g\", \"daemon off;\"]"),
        recipe.dockerfileLines());
    assertEquals(9, recipe.line());
    assertEquals(7, recipe.column());
    assertEquals(10, markdown.recipe("nginx:alpine").orElseThrow().line());
    assertTrue(yaml.recipe("redis:7").isEmpty());
  }

  @Test
  void theSchemaAcceptsRecipesAndRefusesUnknownKeysInThem() throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/lesson.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schemaProblems(schema, yaml(REQUIRES)));
    String typo = REQUIRES.replace("packages:", "pakages:");
    assertTrue(schemaProblems(schema, yaml(typo)).toString().contains("pakages"));
  }

  private static List<String> schemaProblems(Schema schema, String yaml) throws Exception {
    Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(new ObjectMapper().writeValueAsString(value), InputFormat.JSON).stream()
        .map(com.networknt.schema.Error::toString)
        .toList();
  }

  @Test
  void aRecipeWithoutDockerfileLinesIsPackagesOnly() {
    String requires =
        """
        requires:
          images:
            - {ref: "busybox:latest", offline: {packages: [busybox-static]}}
        """;
    ImageRecipe recipe =
        lesson("b.yaml", yaml(requires)).requires().recipe("busybox:latest").orElseThrow();
    assertEquals(List.of("busybox-static"), recipe.packages());
    assertEquals(List.of(), recipe.dockerfileLines());
  }

  @Test
  void recipesAreEqualWhenTheyMakeTheSameImage() {
    ImageRecipe one = new ImageRecipe("nginx:alpine", List.of("b", "a"), "EXPOSE 80\n", 3, 5);
    ImageRecipe same = new ImageRecipe("nginx:alpine", List.of("a", "b", "a"), "\n  EXPOSE 80");
    ImageRecipe other = new ImageRecipe("nginx:alpine", List.of("a", "b"), "EXPOSE 8080\n");
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertTrue(!one.equals(other));
  }

  @Test
  void unknownKeysAreNamedWhereTheyAre() {
    String requires =
        """
        requires:
          images:
            - ref: nginx:alpine
              ofline: {packages: [nginx-light]}
        """;
    assertEquals(
        List.of(
            "c.yaml:9:7: unknown key 'ofline' in an image entry; expected one of: offline, ref"),
        errors("c.yaml", yaml(requires)));
    String offline =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline: {packages: [nginx-light], dockerfle: "EXPOSE 80"}
        """;
    assertEquals(
        List.of(
            "c.md:10:42: unknown key 'dockerfle' in 'offline'; expected one of: dockerfile,"
                + " packages"),
        errors("c.md", markdown(offline)));
  }

  @Test
  void packagesMustBeGivenAndBeDebianNames() {
    String empty =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline:
                packages: []
        """;
    assertEquals(
        List.of("d.yaml:10:19: expected at least one Debian package in 'packages'"),
        errors("d.yaml", yaml(empty)));
    String missing =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline: {dockerfile: "EXPOSE 80"}
        """;
    assertEquals(
        List.of("d.yaml:9:16: missing required key 'packages' in 'offline'"),
        errors("d.yaml", yaml(missing)));
    String bad =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline: {packages: [nginx-light, "curl,wget"]}
        """;
    assertEquals(
        List.of(
            "d.yaml:9:41: expected a Debian package name (lowercase letters, digits, + - .),"
                + " found 'curl,wget'"),
        errors("d.yaml", yaml(bad)));
  }

  @Test
  void aFromLineIsAnErrorAtItsLine() {
    String requires =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline:
                packages: [nginx-light]
                dockerfile: |
                  RUN true
                  from debian:bookworm
        """;
    String expected =
        ":1: expected Dockerfile lines after the recipe's implicit FROM, found 'from"
            + " debian:bookworm': leave FROM out, the base is the debootstrapped packages";
    assertEquals(List.of("e.yaml:13" + expected), errors("e.yaml", yaml(requires)));
    assertEquals(List.of("e.md:14" + expected), errors("e.md", markdown(requires)));
    String continued =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline:
                packages: [nginx-light]
                dockerfile: "RUN echo \\\\\\nFROM here"
        """;
    assertEquals(List.of(), errors("e.yaml", yaml(continued)));
  }

  @Test
  void aRecipeNeedsATagAndOneRecipePerImage() {
    String digest =
        """
        requires:
          images:
            - ref: nginx@sha256:0123
              offline: {packages: [nginx-light]}
        """;
    assertEquals(
        List.of(
            "f.yaml:8:12: expected an image reference with a tag for an offline recipe, found"
                + " 'nginx@sha256:0123': a recipe builds a tag, never a digest"),
        errors("f.yaml", yaml(digest)));
    String twice =
        """
        requires:
          images:
            - ref: nginx:alpine
              offline: {packages: [nginx-light]}
            - ref: nginx:alpine
              offline: {packages: [nginx-full]}
        """;
    assertEquals(
        List.of(
            "f.yaml:10:7: a second offline recipe for 'nginx:alpine' in this lesson;"
                + " the first is at line 8"),
        errors("f.yaml", yaml(twice)));
    String blank =
        """
        requires:
          images: ["nginx alpine"]
        """;
    assertEquals(
        List.of(
            "f.yaml:7:12: expected an image reference such as nginx:alpine, found 'nginx alpine'"),
        errors("f.yaml", yaml(blank)));
  }
}
