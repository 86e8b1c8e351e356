package io.docklab.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class QuickLookTest {
  private final QuickLook<String> looks = new QuickLook<>(Duration.ofMillis(200));

  @Test
  void aQuickAnswerIsTheCallersAndNothingComesLate() throws Exception {
    CompletableFuture<String> late = new CompletableFuture<>();
    assertEquals(Optional.of("done"), looks.look(() -> "done", late::complete));
    assertTrue(!late.isDone());
  }

  @Test
  void aSlowAnswerComesLateAndThePromptDoesNotWaitForIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> late = new CompletableFuture<>();
    long start = System.nanoTime();
    Optional<String> quick =
        looks.look(
            () -> {
              release.await();
              return "slow";
            },
            late::complete);
    assertTrue(quick.isEmpty());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
    release.countDown();
    assertEquals("slow", late.get(5, TimeUnit.SECONDS));
  }

  @Test
  void cancellingStopsALookStillGoingOn() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Optional<String> quick =
        looks.look(
            () -> {
              try {
                new CountDownLatch(1).await();
              } catch (InterruptedException interrupted) {
                stopped.countDown();
                throw interrupted;
              }
              return "never";
            },
            answer -> {});
    assertTrue(quick.isEmpty());
    looks.cancel();
    assertTrue(stopped.await(5, TimeUnit.SECONDS));
  }

  @Test
  void aFailureOfTheLookIsTheCallers() {
    assertThrows(
        IllegalStateException.class,
        () ->
            looks.look(
                () -> {
                  throw new IllegalStateException("broken");
                },
                answer -> {}));
  }
}
