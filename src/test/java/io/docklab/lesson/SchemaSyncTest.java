package io.docklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerHealth;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.MountType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docs/lesson.schema.json and the model: every record reachable from {@link Lesson} has a schema
 * definition of the same name with exactly its keys, and every definition with keys is a record.
 * The schema must also accept the YAML lessons that load and refuse keys that do not exist.
 */
class SchemaSyncTest {
  /** Records that lesson files write as something else than a mapping of their components. */
  private static final Set<Class<?>> LEAVES = Set.of(Text.class);

  private static Map<String, Object> schema;
  private static Map<String, Object> defs;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    schema = (Map<String, Object>) yaml(Path.of("docs/lesson.schema.json"));
    defs = (Map<String, Object>) schema.get("$defs");
  }

  private static Object yaml(Path file) throws IOException {
    return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
  }

  @Test
  void everyModelRecordHasADefinitionWithExactlyItsKeys() {
    for (Class<?> type : records()) {
      assertEquals(
          keysOf(type), propertiesOf(type.getSimpleName()), "schema keys of " + type.getName());
    }
  }

  @Test
  void everyDefinitionWithKeysIsAModelRecord() {
    Set<String> recordNames =
        records().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    Set<String> withKeys =
        defs.entrySet().stream()
            .filter(entry -> ((Map<?, ?>) entry.getValue()).containsKey("properties"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(recordNames, withKeys);
  }

  @Test
  void kindsModesAndStatesAreTheWordsTheLoaderAccepts() {
    for (CheckKind kind : CheckKind.values()) {
      assertEquals(
          Map.of("const", kind.key()), property(kind.type().getSimpleName(), "kind"), kind.key());
    }
    assertEquals(
        Arrays.stream(CommandMode.values()).map(CommandMode::key).toList(),
        property("CommandAction", "mode").get("enum"));
    assertEquals(
        Arrays.stream(ContainerState.values()).map(ContainerState::key).toList(),
        property("ContainerCheck", "state").get("enum"));
    assertEquals(
        Arrays.stream(ContainerHealth.values()).map(ContainerHealth::key).toList(),
        property("ContainerCheck", "health").get("enum"));
    assertEquals(
        Arrays.stream(MountType.values()).map(MountType::key).toList(),
        property("Mount", "type").get("enum"));
    assertEquals(
        Arrays.stream(Advance.values()).map(Advance::key).toList(),
        property("Step", "advance").get("enum"));
  }

  @Test
  void theSchemaAcceptsTheYamlLessonsAndRefusesUnknownKeys() throws IOException {
    Schema validator =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/lesson.schema.json")), InputFormat.JSON);
    for (String file :
        List.of(
            "lessons/image-by-hand.yaml", "src/test/resources/equivalence/every-feature.yaml")) {
      assertEquals(List.of(), problems(validator, yaml(Path.of(file))), file);
    }
    List<String> problems =
        problems(validator, yaml(Path.of("src/test/resources/broken/unknown-key.yaml")));
    assertFalse(problems.isEmpty());
    assertTrue(problems.toString().contains("colour"), problems.toString());
  }

  /** What {@code schema} finds wrong with {@code value} (a YAML document as loaded). */
  private static List<String> problems(Schema schema, Object value) throws IOException {
    return schema.validate(new ObjectMapper().writeValueAsString(value), InputFormat.JSON).stream()
        .map(com.networknt.schema.Error::toString)
        .toList();
  }

  /** The records reachable from Lesson through components, lists, maps and sealed interfaces. */
  private static Set<Class<?>> records() {
    Set<Class<?>> found = new LinkedHashSet<>();
    walk(Lesson.class, found);
    return found;
  }

  private static void walk(Type type, Set<Class<?>> found) {
    if (type instanceof ParameterizedType parameterized) {
      Arrays.stream(parameterized.getActualTypeArguments()).forEach(arg -> walk(arg, found));
      return;
    }
    if (!(type instanceof Class<?> cls) || LEAVES.contains(cls)) {
      return;
    }
    if (cls.isRecord() && found.add(cls)) {
      for (RecordComponent component : cls.getRecordComponents()) {
        walk(component.getGenericType(), found);
      }
    } else if (cls.isSealed()) {
      Arrays.stream(cls.getPermittedSubclasses()).forEach(sub -> walk(sub, found));
    }
  }

  private static Set<String> keysOf(Class<?> type) {
    Set<String> keys = new TreeSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Key key = component.getAnnotation(Key.class);
      keys.add(key == null ? component.getName() : key.value());
    }
    if (CheckSpec.class.isAssignableFrom(type) || Action.class.isAssignableFrom(type)) {
      keys.add("kind");
    }
    return keys;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> propertiesOf(String definition) {
    Map<String, Object> def = (Map<String, Object>) defs.get(definition);
    assertTrue(def != null, "no $defs/" + definition + " in docs/lesson.schema.json");
    return new TreeSet<>(((Map<String, Object>) def.get("properties")).keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> property(String definition, String key) {
    Map<String, Object> def = (Map<String, Object>) defs.get(definition);
    return (Map<String, Object>) ((Map<String, Object>) def.get("properties")).get(key);
  }
}
