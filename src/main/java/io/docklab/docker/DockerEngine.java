package io.docklab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A connection to the Docker engine, speaking the API version negotiated with it. Every other piece
 * of docklab reaches the engine through one of these.
 */
public final class DockerEngine implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private final EngineAddress address;
  private final DockerHttpClient http;
  private final DockerClient client;
  private final Version version;
  private final RemoteApiVersion apiVersion;

  private DockerEngine(
      EngineAddress address,
      DockerHttpClient http,
      DockerClient client,
      Version version,
      RemoteApiVersion apiVersion) {
    this.address = address;
    this.http = http;
    this.client = client;
    this.version = version;
    this.apiVersion = apiVersion;
  }

  /** Connects to the engine named by the environment ({@code DOCKER_HOST} or the local socket). */
  public static DockerEngine connect() {
    return connect(EngineAddress.fromEnvironment());
  }

  /**
   * Connects to the engine at {@code address} and negotiates the API version.
   *
   * @throws EngineUnreachableException when nothing answers there, with the reason
   */
  public static DockerEngine connect(EngineAddress address) {
    String reason = address.reasonNotReachable();
    if (reason != null) {
      throw new EngineUnreachableException(address.toString(), reason, null);
    }
    DockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(address.uri())
            .connectionTimeout(CONNECT_TIMEOUT)
            .build();
    try {
      Version version = probe(address, http);
      RemoteApiVersion apiVersion =
          ApiVersionNegotiation.choose(version.getApiVersion(), version.getMinAPIVersion());
      DockerClient client = DockerClientImpl.getInstance(config(address, apiVersion), http);
      return new DockerEngine(address, http, client, version, apiVersion);
    } catch (RuntimeException failure) {
      closeQuietly(http);
      throw failure;
    }
  }

  /** Asks the engine for its version on the unversioned path, which every engine answers. */
  private static Version probe(EngineAddress address, DockerHttpClient http) {
    DockerClient unversioned =
        DockerClientImpl.getInstance(config(address, RemoteApiVersion.UNKNOWN_VERSION), http);
    CompletableFuture<Version> answer =
        CompletableFuture.supplyAsync(() -> unversioned.versionCmd().exec());
    try {
      return answer.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException timeout) {
      answer.cancel(true);
      throw new EngineUnreachableException(
          address.toString(), "no answer within " + PROBE_TIMEOUT.toSeconds() + " s", timeout);
    } catch (ExecutionException failed) {
      throw new EngineUnreachableException(
          address.toString(), EngineFaults.reason(failed.getCause()), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new EngineUnreachableException(address.toString(), "interrupted", interrupted);
    } catch (IllegalStateException incompatible) {
      throw new EngineUnreachableException(address.toString(), incompatible.getMessage(), null);
    }
  }

  private static DockerClientConfig config(EngineAddress address, RemoteApiVersion apiVersion) {
    return DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost(address.uri().toString())
        .withApiVersion(apiVersion)
        .build();
  }

  public DockerClient client() {
    return client;
  }

  /** The raw transport, for the few calls docker-java does not model (such as image import). */
  public DockerHttpClient http() {
    return http;
  }

  public EngineAddress address() {
    return address;
  }

  /** The engine's product version, such as {@code 20.10.24+dfsg1} or {@code 29.0.1}. */
  public String serverVersion() {
    return version.getVersion();
  }

  /** The engine's newest API version. */
  public String serverApiVersion() {
    return version.getApiVersion();
  }

  /** The API version docklab and the engine agreed on. */
  public RemoteApiVersion apiVersion() {
    return apiVersion;
  }

  /** True when an image of that reference is on the engine. */
  public boolean hasImage(String reference) {
    try {
      client.inspectImageCmd(reference).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(http);
  }

  private static void closeQuietly(DockerHttpClient http) {
    try {
      http.close();
    } catch (IOException ignored) {
      // Nothing to do: the connection is being dropped anyway.
    }
  }
}
