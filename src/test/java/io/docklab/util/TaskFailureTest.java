package io.docklab.util;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class TaskFailureTest {
  @Test
  void anUncheckedCauseIsThrownAsItWas() {
    IllegalArgumentException cause = new IllegalArgumentException("bad");
    assertSame(
        cause,
        assertThrows(
            IllegalArgumentException.class,
            () -> TaskFailure.rethrowUnchecked(new ExecutionException(cause))));
    AssertionError error = new AssertionError("broken");
    assertSame(
        error,
        assertThrows(
            AssertionError.class,
            () -> TaskFailure.rethrowUnchecked(new ExecutionException(error))));
  }

  @Test
  void aCheckedCauseIsGivenBack() {
    IOException cause = new IOException("disk");
    assertSame(cause, TaskFailure.rethrowUnchecked(new ExecutionException(cause)));
  }
}
