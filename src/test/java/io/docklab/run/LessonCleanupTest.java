package io.docklab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.EngineAccess;
import io.docklab.docker.EngineAddress;
import io.docklab.exec.Variables;
import io.docklab.exec.Workspace;
import io.docklab.i18n.Messages;
import io.docklab.lesson.Creates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleanup when the engine and a registry are not there: one line each, nothing thrown. */
class LessonCleanupTest {
  @TempDir Path root;

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void anUnreachableEngineIsOneProblemAndTheFilesAreStillRemoved() throws Exception {
    Workspace workspace = Workspace.at(root);
    workspace.writeFile("Dockerfile", "FROM python\n");
    EngineAccess nowhere =
        new EngineAccess(EngineAddress.at(URI.create("unix://" + root.resolve("no-docker.sock"))));
    CleanupReport report =
        new LessonCleanup(nowhere, workspace, Variables.NONE)
            .clean(
                new Creates(
                    List.of("docklab-it-steps-demo"),
                    List.of("docklab-it-steps-img"),
                    List.of("127.0.0.1:22099/docklab-it-steps/app"),
                    List.of("Dockerfile")));
    assertTrue(report.engineUnreachable());
    assertEquals(2, report.problems().size(), report.toString());
    assertTrue(
        report
            .problems()
            .get(0)
            .startsWith("Docker engine not reachable at unix://" + root.resolve("no-docker.sock")),
        report.problems().get(0));
    assertEquals(
        "registry 127.0.0.1:22099 not reachable (connection refused); its repositories were not"
            + " cleaned.",
        report.problems().get(1));
    assertEquals(List.of("file Dockerfile"), report.removed());
    assertFalse(Files.exists(root.resolve("Dockerfile")));
  }

  @Test
  void aFileOutsideTheWorkspaceIsAProblemAndNothingIsRemoved() throws Exception {
    Workspace workspace = Workspace.at(root.resolve("ws"));
    workspace.writeFile("Dockerfile", "FROM python\n");
    EngineAccess nowhere =
        new EngineAccess(EngineAddress.at(URI.create("unix://" + root.resolve("none"))));
    CleanupReport report =
        new LessonCleanup(nowhere, workspace, Variables.NONE)
            .clean(new Creates(List.of(), List.of(), List.of(), List.of("Dockerfile", "../x")));
    assertEquals(List.of(), report.removed());
    assertTrue(
        report.problems().stream().anyMatch(problem -> problem.contains("'../x' leads outside")),
        report.toString());
    assertTrue(Files.exists(root.resolve("ws/Dockerfile")));
  }
}
