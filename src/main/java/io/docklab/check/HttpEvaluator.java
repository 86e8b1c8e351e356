package io.docklab.check;

import io.docklab.i18n.Messages;
import io.docklab.lesson.check.HttpCheck;
import io.docklab.lesson.check.Matcher;
import io.docklab.util.LazyHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * An {@code http} check: one request to the URL, with bounded connect and read timeouts. {@link
 * Checks} retries it within the check's {@code within}.
 */
final class HttpEvaluator implements CheckEvaluator<HttpCheck> {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration MAX_READ_TIMEOUT = Duration.ofSeconds(5);
  static final Duration MIN_READ_TIMEOUT = Duration.ofMillis(500);
  private static final int MAX_BODY = 1024 * 1024;

  private final LazyHttpClient http =
      new LazyHttpClient(CONNECT_TIMEOUT, HttpClient.Redirect.NEVER);

  private HttpClient client() {
    return http.get();
  }

  @Override
  public Duration ownWindow(HttpCheck spec) {
    return spec.within();
  }

  @Override
  public CheckResult evaluate(HttpCheck spec, CheckContext context, Duration waited)
      throws InterruptedException {
    String url = context.variables().text(spec.url());
    long began = System.nanoTime();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(readTimeout(spec.within().minus(waited)))
              .GET()
              .build();
    } catch (IllegalArgumentException badUrl) {
      return Verdict.fail(spec, context, "check.failedToLook", url, badUrl.getMessage());
    }
    int status;
    String body;
    try {
      HttpResponse<InputStream> response =
          client().send(request, HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      try (InputStream in = response.body()) {
        body = FileEvaluator.decode(in.readNBytes(MAX_BODY));
      }
    } catch (IOException failed) {
      return Verdict.fail(
          spec, context, "check.http.failed", url, reason(failed), seconds(waited, began));
    } catch (IllegalArgumentException unusable) { // UnresolvedAddressException among them
      String reason =
          unusable instanceof UnresolvedAddressException
              ? Messages.get("check.http.unknownHost")
              : unusable.getMessage();
      return Verdict.fail(spec, context, "check.http.failed", url, reason, seconds(waited, began));
    }
    Matcher wanted = TextMatch.substituted(spec.body(), context.variables());
    return judge(spec, context, url, status, wanted, body, seconds(waited, began));
  }

  /** Whole seconds tried so far, this attempt included, rounded up. */
  private static long seconds(Duration waited, long began) {
    long nanos = waited.toNanos() + (System.nanoTime() - began);
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }

  private static CheckResult judge(
      HttpCheck spec,
      CheckContext context,
      String url,
      int status,
      Matcher wanted,
      String body,
      long seconds) {
    boolean statusOk =
        spec.status() == HttpCheck.ANY_BELOW_500 ? status < 500 : status == spec.status();
    boolean bodyOk = wanted == null || wanted.test(body);
    if (statusOk && bodyOk) {
      return wanted == null
          ? Verdict.pass(spec, "check.http.ok", url, status)
          : Verdict.pass(spec, "check.http.okBody", url, status, TextMatch.describe(wanted));
    }
    String expected;
    if (spec.status() == HttpCheck.ANY_BELOW_500) {
      expected = Messages.get("check.http.expectAnswer"); // a ready wait: any answer will do
    } else if (wanted == null) {
      expected = Messages.get("check.http.expectStatus", spec.status());
    } else if (spec.status() == 200) {
      expected = Messages.get("check.http.expectBody", TextMatch.describe(wanted));
    } else {
      expected =
          Messages.get("check.http.expectStatusBody", spec.status(), TextMatch.describe(wanted));
    }
    String got =
        statusOk
            ? Messages.get("check.http.gotBody", status, TextMatch.found(body, wanted, false))
            : Messages.get("check.http.gotStatus", status);
    return Verdict.fail(spec, context, "check.http.unexpected", url, expected, got, seconds);
  }

  private static Duration readTimeout(Duration left) {
    if (left.compareTo(MIN_READ_TIMEOUT) < 0) {
      return MIN_READ_TIMEOUT;
    }
    return left.compareTo(MAX_READ_TIMEOUT) > 0 ? MAX_READ_TIMEOUT : left;
  }

  /** Why a request got no answer, in words. */
  static String reason(IOException failed) {
    if (failed instanceof HttpConnectTimeoutException) {
      return Messages.get("check.http.connectTimeout", CONNECT_TIMEOUT.toSeconds());
    }
    if (failed instanceof HttpTimeoutException) {
      return Messages.get("check.http.readTimeout");
    }
    Throwable root = failed;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (failed instanceof ConnectException || root instanceof ConnectException) {
      String message = String.valueOf(root.getMessage());
      if (root instanceof UnresolvedAddressException) {
        return Messages.get("check.http.unknownHost");
      }
      if (message.contains("refused") || message.equals("null")) {
        return Messages.get("check.http.refused");
      }
    }
    if (root instanceof UnresolvedAddressException
        || root instanceof java.net.UnknownHostException) {
      return Messages.get("check.http.unknownHost");
    }
    String message = root.getMessage();
    if (message != null && message.contains("header parser received no bytes")) {
      return Messages.get("check.http.closed");
    }
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
