package io.docklab.check;

import static io.docklab.check.CheckFixtures.BASE_IMAGE;
import static io.docklab.check.CheckFixtures.NO_MESSAGE;
import static io.docklab.check.CheckFixtures.PREFIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.lesson.check.CheckSpec;
import io.docklab.lesson.check.ContainerCheck;
import io.docklab.lesson.check.ContainerState;
import io.docklab.lesson.check.HttpCheck;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Waiting for checks: woken by engine events, bounded by windows and by the caller. */
class AwaitIT extends EngineCheckTest {
  private static final String LATE = PREFIX + "late";

  @Override
  List<String> containers() {
    return List.of(LATE);
  }

  @Test
  void aContainerStartedDuringTheWaitIsSeenWellUnderASecond() throws Exception {
    CheckSpec running =
        new ContainerCheck(
            LATE, null, true, ContainerState.RUNNING, null, List.of(), null, NO_MESSAGE);
    AtomicLong asked = new AtomicLong();
    AtomicLong started = new AtomicLong();
    String id =
        engine
            .client()
            .createContainerCmd(BASE_IMAGE)
            .withName(LATE)
            .withCmd("sleep", "30")
            .exec()
            .getId();
    CompletableFuture<Void> starter =
        CompletableFuture.runAsync(
            () -> {
              sleep(1500);
              asked.set(System.nanoTime());
              engine.client().startContainerCmd(id).exec();
              started.set(System.nanoTime()); // The engine answers once the container runs.
            });

    long began = System.nanoTime();
    List<CheckResult> results = checks.await(List.of(running), Duration.ofSeconds(20), () -> false);
    long passed = System.nanoTime();
    starter.get(30, TimeUnit.SECONDS);

    assertTrue(results.get(0).passed(), results.get(0).sentence());
    long delayMillis = (passed - started.get()) / 1_000_000;
    System.out.println(
        "AwaitIT: container running to pass "
            + delayMillis
            + " ms (the engine took "
            + (started.get() - asked.get()) / 1_000_000
            + " ms to start it; the wait began "
            + (asked.get() - began) / 1_000_000
            + " ms before)");
    assertTrue(delayMillis < 1000, "seen only after " + delayMillis + " ms");
    assertTrue((asked.get() - began) / 1_000_000 >= 1400, "the container ran before the wait");
  }

  @Test
  void theWindowEndsTheWaitWithTheLastResult() throws Exception {
    CheckSpec never =
        new ContainerCheck(PREFIX + "never", null, true, null, null, List.of(), null, NO_MESSAGE);
    long began = System.nanoTime();
    List<CheckResult> results = checks.await(List.of(never), Duration.ofSeconds(1), () -> false);
    long tookMillis = (System.nanoTime() - began) / 1_000_000;
    assertFalse(results.get(0).passed());
    assertTrue(tookMillis >= 900 && tookMillis < 2500, "waited " + tookMillis + " ms");
  }

  @Test
  void stopEndsTheWaitEarly() throws Exception {
    CheckSpec never =
        new ContainerCheck(PREFIX + "never", null, true, null, null, List.of(), null, NO_MESSAGE);
    long began = System.nanoTime();
    List<CheckResult> results =
        checks.await(
            List.of(never), Duration.ofSeconds(30), () -> System.nanoTime() - began > 300_000_000L);
    long tookMillis = (System.nanoTime() - began) / 1_000_000;
    assertFalse(results.get(0).passed());
    assertTrue(tookMillis < 1000, "stop took " + tookMillis + " ms");
  }

  @Test
  void anHttpCheckGetsItsOwnWindowInAShorterWait() throws Exception {
    String url = "http://127.0.0.1:21006/";
    CheckSpec http = new HttpCheck(url, 200, null, Duration.ofSeconds(2), NO_MESSAGE);
    long began = System.nanoTime();
    List<CheckResult> results = checks.await(List.of(http), Duration.ZERO, () -> false);
    long tookMillis = (System.nanoTime() - began) / 1_000_000;
    assertEquals(
        url + ": nothing listens there (connection refused) after 2 s", results.get(0).sentence());
    assertTrue(tookMillis >= 1700, "retried for only " + tookMillis + " ms");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
