package io.docklab.check;

import com.github.dockerjava.api.exception.DockerException;
import io.docklab.docker.EngineFaults;
import io.docklab.docker.EngineUnreachableException;
import io.docklab.lesson.check.CheckKind;
import io.docklab.lesson.check.CheckSpec;
import io.docklab.util.TaskFailure;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Evaluates one check so that nothing escapes: an engine that is missing, refuses or does not
 * answer in time makes a failed result marked {@code engineUnreachable} (and the connection is
 * dropped, so the next check connects again); any other trouble makes a failed result that says it.
 */
final class GuardedEvaluation implements AutoCloseable {
  /** How long one check may wait for the engine before it counts as not answering. */
  static final Duration ENGINE_BOUND = Duration.ofSeconds(10);

  private static final String CLOSED = "the checks are closed";

  private final CheckContext context;
  private final Evaluators evaluators;
  private final ExecutorService engineCalls =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "docklab-check-engine");
            thread.setDaemon(true);
            return thread;
          });

  GuardedEvaluation(CheckContext context, Evaluators evaluators) {
    this.context = context;
    this.evaluators = evaluators;
  }

  /**
   * Evaluates {@code spec}.
   *
   * @throws IllegalStateException once closed: checks that were closed look no more, and never
   *     count that as a fault of the engine (which would close the connection that the cleanup of
   *     their throwaway containers uses)
   */
  CheckResult evaluate(CheckSpec spec, Duration waited) throws InterruptedException {
    if (engineCalls.isShutdown()) {
      throw new IllegalStateException(CLOSED);
    }
    CheckEvaluator<CheckSpec> evaluator = evaluators.of(spec);
    boolean usesEngine = evaluator.followsEngineEvents();
    try {
      return usesEngine
          ? bounded(spec, evaluator, waited)
          : evaluator.evaluate(spec, context, waited);
    } catch (EngineUnreachableException unreachable) {
      context.engine().fault();
      return Verdict.engineUnreachable(spec, context, unreachable.address(), unreachable.reason());
    } catch (DockerException answered) {
      return Verdict.fail(
          spec, context, "check.engineError", kind(spec), EngineFaults.reason(answered));
    } catch (RuntimeException failed) {
      if (engineCalls.isShutdown()) {
        throw new IllegalStateException(CLOSED, failed);
      }
      if (usesEngine) {
        context.engine().fault();
        return Verdict.engineUnreachable(
            spec, context, context.engine().address().toString(), EngineFaults.reason(failed));
      }
      return Verdict.fail(spec, context, "check.failedToLook", kind(spec), describe(failed));
    }
  }

  /** Runs an engine check on a worker, so that an engine that does not answer costs a bound. */
  private CheckResult bounded(CheckSpec spec, CheckEvaluator<CheckSpec> evaluator, Duration waited)
      throws InterruptedException {
    Future<CheckResult> result =
        engineCalls.submit(() -> evaluator.evaluate(spec, context, waited));
    try {
      return result.get(ENGINE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException noAnswer) {
      result.cancel(true);
      throw new EngineUnreachableException(
          context.engine().address().toString(),
          "no answer within " + ENGINE_BOUND.toSeconds() + " s",
          noAnswer);
    } catch (InterruptedException interrupted) {
      result.cancel(true);
      throw interrupted;
    } catch (ExecutionException failed) {
      if (TaskFailure.rethrowUnchecked(failed) instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException(failed.getCause());
    }
  }

  private static String kind(CheckSpec spec) {
    for (CheckKind kind : CheckKind.values()) {
      if (kind.type() == spec.getClass()) {
        return kind.key();
      }
    }
    return spec.getClass().getSimpleName();
  }

  private static String describe(Throwable failed) {
    String message = failed.getMessage();
    return message == null || message.isBlank() ? failed.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    engineCalls.shutdownNow();
  }
}
