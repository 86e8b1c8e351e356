package io.docklab.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which containers the sweep takes: docklab's own probes that no running docklab still uses. */
class ProbeSweepTest {
  private static final long NOW = 2_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Container container(String name, Map<String, String> labels, long created)
      throws Exception {
    return JSON.readValue(
        JSON.writeValueAsString(
            Map.of(
                "Id", "abc", "Names", List.of("/" + name), "Labels", labels, "Created", created)),
        Container.class);
  }

  private static Map<String, String> probe(String owner) {
    return Map.of("io.docklab.probe", "true", ProbeSweep.OWNER, owner);
  }

  @Test
  void thisProcesssProbesOnlyWhenItSaysItHasNoneOut() throws Exception {
    Container mine = container("docklab-probe-ab12cd34-1", probe(ProbeSweep.owner()), NOW);
    assertTrue(ProbeSweep.leftOver(mine, true, NOW));
    assertFalse(ProbeSweep.leftOver(mine, false, NOW));
  }

  @Test
  void aLiveProcesssProbeIsLeftAloneUntilStale() throws Exception {
    String host = ProbeSweep.owner().substring(0, ProbeSweep.owner().lastIndexOf(':'));
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    Container theirs = container("docklab-probe-ab12cd34-1", probe(host + ":" + parent), NOW);
    assertFalse(ProbeSweep.leftOver(theirs, true, NOW));
    assertTrue(ProbeSweep.leftOver(theirs, true, NOW + ProbeSweep.STALE_SECONDS + 1));
  }

  @Test
  void aProbeOfAnotherMachineIsLeftAloneUntilStale() throws Exception {
    Container far = container("docklab-probe-ab12cd34-1", probe("elsewhere:1"), NOW);
    assertFalse(ProbeSweep.leftOver(far, true, NOW));
    assertTrue(ProbeSweep.leftOver(far, true, NOW + ProbeSweep.STALE_SECONDS + 1));
  }

  @Test
  void onlyContainersWithBothTheLabelAndTheName() throws Exception {
    long old = NOW - ProbeSweep.STALE_SECONDS - 1;
    assertFalse(
        ProbeSweep.leftOver(container("web", probe(ProbeSweep.owner()), old), true, NOW),
        "a container of the learner's named otherwise");
    assertFalse(
        ProbeSweep.leftOver(
            container("docklab-probe-ab12cd34-1", Map.of("app", "web"), old), true, NOW),
        "a container named like a probe without docklab's label");
    assertTrue(
        ProbeSweep.leftOver(
            container("docklab-probe-ab12cd34-1", Map.of("io.docklab.probe", "true"), old),
            true,
            NOW),
        "an old probe of an earlier docklab, which had no owner label");
  }
}
