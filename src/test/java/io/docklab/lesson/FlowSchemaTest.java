package io.docklab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** docs/lesson.schema.json on a command's exitCode and ready and a step's advance. */
class FlowSchemaTest {
  private static final String HEAD =
      "id: flow\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\nsteps:\n"
          + "  - id: a\n    title: A\n    checks: [{kind: output, shows: x}]\n";

  private static Schema schema;

  @BeforeAll
  static void load() throws IOException {
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/lesson.schema.json")), InputFormat.JSON);
  }

  private static List<String> problems(String step) throws IOException {
    Object yaml = new Load(LoadSettings.builder().build()).loadFromString(HEAD + step);
    return schema.validate(new ObjectMapper().writeValueAsString(yaml), InputFormat.JSON).stream()
        .map(com.networknt.schema.Error::toString)
        .toList();
  }

  @Test
  void acceptsTheNewKeys() throws IOException {
    assertEquals(
        List.of(),
        problems(
            "    advance: manual\n    actions:\n"
                + "      - {kind: command, run: 'false', exitCode: nonzero}\n"
                + "      - {kind: command, run: 'exit 6', exitCode: 6}\n"
                + "      - {kind: command, run: x, ready: {url: 'http://h/', within: 5s}}\n"
                + "      - {kind: command, run: x, ready: {url: 'http://h/', status: 404,"
                + " within: 5s}}\n"
                + "      - {kind: command, run: x, ready: {run: 'true', within: 5s}}\n"));
  }

  @Test
  void refusesBadValues() throws IOException {
    for (String bad :
        List.of(
            "    advance: later\n",
            "    actions: [{kind: command, run: x, exitCode: 256}]\n",
            "    actions: [{kind: command, run: x, exitCode: fails}]\n",
            "    actions: [{kind: command, run: x, ready: {within: 5s}}]\n",
            "    actions: [{kind: command, run: x, ready: {url: 'http://h/'}}]\n",
            "    actions: [{kind: command, run: x, ready: {run: y, status: 200, within: 1s}}]\n",
            "    actions: [{kind: command, run: x, ready: {url: 'http://h/', run: y,"
                + " within: 1s}}]\n")) {
      assertFalse(problems(bad).isEmpty(), bad);
    }
  }
}
