package io.docklab.check;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.RegistryCheck;
import io.docklab.registry.RegistryClient;
import io.docklab.registry.RegistryResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** A {@code registry} check: {@code repository:tag} is (or is not) in a registry. */
final class RegistryEvaluator implements CheckEvaluator<RegistryCheck> {
  private final RegistryClient registry = new RegistryClient();

  @Override
  public CheckResult evaluate(RegistryCheck spec, CheckContext context, Duration waited)
      throws InterruptedException {
    String host = context.variables().text(spec.registry()).strip();
    String repository = context.variables().text(spec.repository()).strip();
    String tag = spec.tag() == null ? "latest" : context.variables().text(spec.tag()).strip();
    String username = context.variables().text(spec.username());
    String subject = Messages.get("check.registry.subject", host, repository, tag);
    String authorization =
        RegistryClient.basic(username, context.variables().text(spec.password()));
    RegistryResponse answer;
    try {
      answer = registry.manifest(host, repository, tag, authorization);
      if (!answer.succeeded() && !List.of(401, 403, 404).contains(answer.status())) {
        throw new IOException("HTTP " + answer.status());
      }
    } catch (IOException | IllegalArgumentException unreachable) {
      return Verdict.fail(
          spec, context, "check.registry.unreachable", subject, reason(unreachable));
    }
    if (answer.status() == 401 || answer.status() == 403) {
      return authorization == null
          ? Verdict.fail(spec, context, "check.registry.needsLogin", subject)
          : Verdict.fail(spec, context, "check.registry.refused", subject, username);
    }
    if (answer.status() == 404) {
      return spec.exists()
          ? Verdict.fail(spec, context, "check.registry.absent", subject)
          : Verdict.pass(spec, "check.registry.none", subject);
    }
    String digest = answer.digest() == null ? "" : answer.digest();
    return spec.exists()
        ? Verdict.pass(spec, "check.registry.ok", subject, digest)
        : Verdict.fail(spec, context, "check.registry.unwanted", subject);
  }

  private static String reason(Exception failed) {
    if (failed instanceof IOException io) {
      return HttpEvaluator.reason(io);
    }
    return failed.getMessage();
  }
}
