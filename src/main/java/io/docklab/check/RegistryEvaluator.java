package io.docklab.check;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.RegistryCheck;
import java.io.IOException;
import java.time.Duration;

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
    RegistryClient.Lookup lookup;
    try {
      lookup =
          registry.manifest(
              host, repository, tag, username, context.variables().text(spec.password()));
    } catch (IOException | IllegalArgumentException unreachable) {
      return Verdict.fail(
          spec, context, "check.registry.unreachable", subject, reason(unreachable));
    }
    switch (lookup.answer()) {
      case REFUSED:
        return Verdict.fail(spec, context, "check.registry.refused", subject, username);
      case NEEDS_LOGIN:
        return Verdict.fail(spec, context, "check.registry.needsLogin", subject);
      case NOT_FOUND:
        return spec.exists()
            ? Verdict.fail(spec, context, "check.registry.absent", subject)
            : Verdict.pass(spec, "check.registry.none", subject);
      default:
        String digest = lookup.digest() == null ? "" : lookup.digest();
        return spec.exists()
            ? Verdict.pass(spec, "check.registry.ok", subject, digest)
            : Verdict.fail(spec, context, "check.registry.unwanted", subject);
    }
  }

  private static String reason(Exception failed) {
    if (failed instanceof IOException io) {
      return HttpEvaluator.reason(io);
    }
    return failed.getMessage();
  }
}
