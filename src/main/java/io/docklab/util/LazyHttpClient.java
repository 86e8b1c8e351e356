package io.docklab.util;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK's HTTP client as docklab's checks and registry calls use it, made at the first request:
 * an HTTP client costs a tenth of a second (its TLS set-up), which the lab's start should not pay
 * for a lesson that may never need one. HTTP/1.1, and the blocking send runs on the caller's thread
 * (handing each step to a pool only adds thread hops).
 */
public final class LazyHttpClient {
  private final Duration connectTimeout;
  private final HttpClient.Redirect redirects;
  private HttpClient client;

  public LazyHttpClient(Duration connectTimeout, HttpClient.Redirect redirects) {
    this.connectTimeout = connectTimeout;
    this.redirects = redirects;
  }

  public synchronized HttpClient get() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Runnable::run)
              .followRedirects(redirects)
              .build();
    }
    return client;
  }
}
