package io.docklab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docklab.classroom.learner.ClassClient;
import io.docklab.classroom.learner.ClassClient.ClassServerException;
import io.docklab.classroom.learner.ClassroomFiles;
import io.docklab.classroom.learner.Membership;
import io.docklab.classroom.learner.Outbox;
import io.docklab.i18n.Messages;
import io.docklab.util.DataDirectory;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code docklab class status [--json|--csv]}: for the teacher (a server running from this data
 * directory), the class table; for a learner, the class joined and what is still to send.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
final class ClassStatusCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--json")
  boolean json;

  @Option(names = "--csv")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ClassroomFiles files = ClassroomFiles.in(DataDirectory.resolve());
    if (Files.isRegularFile(files.serving())) {
      return teacher(out, files);
    }
    Optional<Membership> membership = Membership.load(files);
    if (membership.isEmpty() && teachesHere(files)) {
      // The teacher's data directory with its server stopped: not "no class joined".
      throw new ExitException(ExitCode.FAILED, Messages.get("class.status.notServing"));
    }
    if (membership.isEmpty()) {
      throw new ExitException(ExitCode.USAGE, Messages.get("class.notJoined"));
    }
    int pending = new Outbox(files).pending().size();
    out.println(
        pending == 0
            ? Messages.get(
                "class.status.learner", membership.get().className(), membership.get().url())
            : Messages.get(
                "class.status.learnerPending",
                membership.get().className(),
                membership.get().url(),
                pending));
    return ExitCode.OK;
  }

  /** A class was served from this data directory: its teacher token is kept there. */
  private static boolean teachesHere(ClassroomFiles files) throws java.io.IOException {
    if (!Files.isDirectory(files.directory())) {
      return false;
    }
    try (var names = Files.list(files.directory())) {
      return names
          .map(file -> file.getFileName().toString())
          .anyMatch(name -> name.startsWith("teacher-") && name.endsWith(".token"));
    }
  }

  private int teacher(PrintWriter out, ClassroomFiles files) throws Exception {
    JsonNode serving = JSON.readTree(files.serving().toFile());
    String code = serving.path("code").asText();
    Path tokenFile = files.directory().resolve("teacher-" + code + ".token");
    String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    URI server = URI.create(serving.path("url").asText() + "/");
    // Served over HTTPS: the server's own certificate is the one to trust.
    ClassClient client =
        serving.hasNonNull("cert")
            ? new ClassClient(server, Path.of(serving.path("cert").asText()))
            : new ClassClient(server);
    try {
      if (csv) {
        out.print(client.tableCsv(token));
        out.flush();
      } else if (json) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(client.table(token)));
      } else {
        printTable(out, client.table(token));
      }
    } catch (ClassServerException e) {
      throw new ExitException(ExitCode.FAILED, "docklab class status: " + e.getMessage());
    }
    return ExitCode.OK;
  }

  /** The table for an 80-column terminal, as {@link ClassTableText} lays it out. */
  private static void printTable(PrintWriter out, JsonNode table) {
    ClassTableText.lines(table, 80).forEach(out::println);
  }
}
