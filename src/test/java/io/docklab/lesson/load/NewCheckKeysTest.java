package io.docklab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.Text;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerHealth;
import io.docklab.lesson.check.FileCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.lesson.check.Mount;
import io.docklab.lesson.check.MountType;
import io.docklab.lesson.check.NetworkCheck;
import io.docklab.lesson.check.VolumeCheck;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The check keys of issue 13 ({@code network}, {@code volume}, the new {@code container} keys,
 * {@code hostPaths} for {@code file}): what they map to in both formats, and the errors for bad
 * values, at their line and column.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NewCheckKeysTest {
  /** Lines 1-5 of every lesson here; the checks follow the header keys and four step lines. */
  private static final String YAML_HEAD =
      "id: t\nlanguages: [en]\ntitle: T\nsummary: S\nestimatedMinutes: 1\n";

  private static final String YAML_STEP = "steps:\n  - id: s\n    title: S\n    checks:\n";

  @BeforeAll
  static void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterAll
  static void back() {
    Messages.use(Locale.ENGLISH);
  }

  /** A YAML lesson: {@code header} after the usual keys, then one step with {@code checks}. */
  private static LoadResult yaml(String header, String checks) {
    String indented = ("      " + checks.strip().replace("\n", "\n      ")) + "\n";
    return LessonLoader.load("t.yaml", YAML_HEAD + header + YAML_STEP + indented);
  }

  /** The same lesson in Markdown: {@code header} in the front matter, one check block. */
  private static LoadResult markdown(String header, String checks) {
    String block = checks.strip();
    return LessonLoader.load(
        "t.md",
        "---\n"
            + YAML_HEAD
            + header
            + "---\n\n## S {#s}\n\nText.\n\n```yaml check\n"
            + block
            + "\n```\n");
  }

  private static List<CheckSpec> checks(LoadResult result) {
    assertEquals(List.of(), result.errors().stream().map(LessonError::toString).toList());
    Lesson lesson = result.lesson().orElseThrow();
    return lesson.steps().get(0).checks();
  }

  private static List<String> errors(LoadResult result) {
    return result.errors().stream().map(LessonError::toString).toList();
  }

  /** The checks of both formats, which must be equal. */
  private static List<CheckSpec> both(String header, String checks) {
    List<CheckSpec> fromYaml = checks(yaml(header, checks));
    assertEquals(fromYaml, checks(markdown(header, checks)));
    return fromYaml;
  }

  @Test
  void aNetworkCheckReadsItsKeys() {
    List<CheckSpec> checks =
        both(
            "",
            """
            - kind: network
              name: app-net
              driver: bridge
              attached: [web, db]
              notAttached: [stranger]
            - kind: network
              name: old-net
              exists: false
            """);
    assertEquals(
        List.of(
            new NetworkCheck(
                "app-net",
                true,
                "bridge",
                List.of("web", "db"),
                List.of("stranger"),
                Text.EMPTY,
                null),
            new NetworkCheck("old-net", false, null, List.of(), List.of(), Text.EMPTY, null)),
        checks);
  }

  @Test
  void aVolumeCheckReadsItsKeys() {
    List<CheckSpec> checks =
        both(
            "",
            """
            - kind: volume
              name: data
              driver: local
              path: notes/today.txt
              content: milk
            - kind: volume
              name: gone
              exists: false
            """);
    assertEquals(
        List.of(
            new VolumeCheck(
                "data",
                true,
                "local",
                "notes/today.txt",
                Matcher.contains("milk"),
                Text.EMPTY,
                null),
            new VolumeCheck("gone", false, null, null, null, Text.EMPTY, null)),
        checks);
  }

  @Test
  void aContainerCheckReadsNameAndImageNetworksMountsEnvAndHealth() {
    List<CheckSpec> checks =
        both(
            "",
            """
            - kind: container
              name: web
              image: nginx:alpine
              networks: [app-net]
              mounts:
                - {type: volume, source: data, target: /data, readOnly: false}
                - {type: bind, source: site, target: /srv, readOnly: true}
                - {target: /tmp/cache}
              env: {MODE: production}
              health: healthy
            """);
    assertEquals(
        List.of(
            new ContainerCheck(
                "web",
                "nginx:alpine",
                true,
                null,
                null,
                List.of(),
                null,
                List.of("app-net"),
                List.of(
                    new Mount(MountType.VOLUME, "data", "/data", false),
                    new Mount(MountType.BIND, "site", "/srv", true),
                    new Mount(null, null, "/tmp/cache", null)),
                Map.of("MODE", "production"),
                ContainerHealth.HEALTHY,
                Text.EMPTY,
                null)),
        checks);
  }

  @Test
  void aFileCheckReadsAnAbsolutePathUnderTheHostPaths() {
    List<CheckSpec> checks =
        both(
            "hostPaths: [/srv/site/, /etc/hostname]\n",
            """
            - kind: file
              path: /srv/site/index.html
              content: Hello
            - kind: file
              path: /etc/hostname
            """);
    assertEquals(
        List.of(
            new FileCheck("/srv/site/index.html", true, Matcher.contains("Hello"), Text.EMPTY),
            new FileCheck("/etc/hostname", true, null, Text.EMPTY)),
        checks);
    assertEquals(
        List.of("/srv/site/", "/etc/hostname"),
        yaml("hostPaths: [/srv/site/, /etc/hostname]\n", "- {kind: output, shows: x}")
            .lesson()
            .orElseThrow()
            .hostPaths());
  }

  @Test
  void anAbsolutePathOutsideTheHostPathsIsAnError() {
    assertEquals(
        List.of(
            "t.yaml:11:28: expected a path in the lesson's workspace or under one of its"
                + " hostPaths (/srv/site), found '/srv/sitex/a.html'",
            "t.yaml:12:28: expected a path in the lesson's workspace or under one of its"
                + " hostPaths (/srv/site), found '/srv/site/../../etc/passwd'"),
        errors(
            yaml(
                "hostPaths: [/srv/site]\n",
                """
                - {kind: file, path: /srv/sitex/a.html}
                - {kind: file, path: /srv/site/../../etc/passwd}
                """)));
    assertEquals(
        List.of(
            "t.yaml:10:28: expected a path relative to the lesson's workspace, found the absolute"
                + " path '/etc/passwd'"),
        errors(yaml("", "- {kind: file, path: /etc/passwd}")));
  }

  @Test
  void aHostPathMustBeAbsoluteWithoutParentSteps() {
    assertEquals(
        List.of(
            "t.yaml:6:13: expected an absolute path without '..' in 'hostPaths', found 'site'",
            "t.yaml:6:19: expected an absolute path without '..' in 'hostPaths', found '/a/../b'"),
        errors(yaml("hostPaths: [site, /a/../b]\n", "- {kind: output, shows: x}")));
    assertEquals(
        List.of("t.md:7:13: expected an absolute path without '..' in 'hostPaths', found 'site'"),
        errors(markdown("hostPaths: [site]\n", "- {kind: output, shows: x}")));
  }

  @Test
  void aVolumePathStaysInsideTheVolumeAndContentNeedsAPath() {
    assertEquals(
        List.of(
            "t.yaml:10:39: expected a path relative to the volume's root that stays inside it,"
                + " found '/etc/passwd'",
            "t.yaml:11:39: expected a path relative to the volume's root that stays inside it,"
                + " found '../x'",
            "t.yaml:12:33: 'content' needs a 'path': the file in the volume whose content is"
                + " compared"),
        errors(
            yaml(
                "",
                """
                - {kind: volume, name: d, path: /etc/passwd}
                - {kind: volume, name: d, path: ../x}
                - {kind: volume, name: d, content: x}
                """)));
    assertEquals(
        List.of("t.yaml:10:9: missing required key 'name' in a check of kind 'volume'"),
        errors(yaml("", "- {kind: volume, path: x}")));
  }

  @Test
  void aNetworkCheckNeedsAName() {
    assertEquals(
        List.of("t.yaml:10:9: missing required key 'name' in a check of kind 'network'"),
        errors(yaml("", "- {kind: network, attached: [web]}")));
    assertEquals(
        List.of("t.yaml:10:44: expected a list, found 'web'"),
        errors(yaml("", "- {kind: network, name: n, attached: web}")));
  }

  @Test
  void badContainerKeysAreErrorsAtTheirPlace() {
    assertEquals(
        List.of(
            "t.yaml:10:9: a check of kind 'container' needs at least one of: name, image",
            "t.yaml:11:44: expected one of: starting, healthy, unhealthy, none; found 'ill'",
            "t.yaml:12:52: expected one of: volume, bind, tmpfs; found 'nfs'",
            "t.yaml:13:65: expected the mount's target as an absolute path in the container,"
                + " found 'data'",
            "t.yaml:14:45: missing required key 'target' in a mount",
            "t.yaml:15:58: unknown key 'ro' in a mount; expected one of: readOnly, source,"
                + " target, type"),
        errors(
            yaml(
                "",
                """
                - {kind: container, state: running}
                - {kind: container, name: w, health: ill}
                - {kind: container, name: w, mounts: [{type: nfs, target: /d}]}
                - {kind: container, name: w, mounts: [{source: v, target: data}]}
                - {kind: container, name: w, mounts: [{source: v}]}
                - {kind: container, name: w, mounts: [{target: /d, ro: true}]}
                """)));
  }
}
