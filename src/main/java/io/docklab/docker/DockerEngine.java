package io.docklab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.net.URI;
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
  private final AutoCloseable tunnel;

  private DockerEngine(
      EngineAddress address,
      AutoCloseable tunnel,
      DockerHttpClient http,
      DockerClient client,
      Version version,
      RemoteApiVersion apiVersion) {
    this.address = address;
    this.tunnel = tunnel;
    this.http = http;
    this.client = client;
    this.version = version;
    this.apiVersion = apiVersion;
  }

  /** Connects to the engine the docker CLI would use ({@link EngineLocator}). */
  public static DockerEngine connect() {
    return connect(EngineAddress.fromEnvironment());
  }

  /**
   * Connects to the engine at {@code address} and negotiates the API version.
   *
   * @throws EngineUnreachableException when nothing answers there, with the reason
   */
  public static DockerEngine connect(EngineAddress address) {
    return connect(address, System.getenv());
  }

  /**
   * As {@link #connect(EngineAddress)}, with these variables for ssh ({@code DOCKLAB_SSH_OPTIONS}).
   */
  static DockerEngine connect(EngineAddress address, java.util.Map<String, String> environment) {
    String reason = address.reasonNotReachable();
    if (reason != null) {
      throw new EngineUnreachableException(address.toString(), reason, null);
    }
    SshTunnel tunnel = address.isSsh() ? SshTunnel.open(address, environment) : null;
    URI endpoint = tunnel == null ? address.uri() : tunnel.socket();
    ApacheDockerHttpClient.Builder builder =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(endpoint)
            .connectionTimeout(CONNECT_TIMEOUT);
    if (address.tls() != null) {
      builder.sslConfig(new LocalDirectorySSLConfig(address.tls().toString()));
    }
    DockerHttpClient http = builder.build();
    try {
      Version version = probe(address, endpoint, http);
      RemoteApiVersion apiVersion =
          ApiVersionNegotiation.choose(version.getApiVersion(), version.getMinAPIVersion());
      DockerClient client =
          DockerClientImpl.getInstance(config(address, endpoint, apiVersion), http);
      return new DockerEngine(address, tunnel, http, client, version, apiVersion);
    } catch (EngineUnreachableException failure) {
      closeQuietly(http, tunnel);
      if (tunnel != null && tunnel.failure() != null) { // ssh's own words say more.
        String said = tunnel.failure();
        throw new EngineUnreachableException(
            address.toString(), said.startsWith("ssh:") ? said : "ssh: " + said, failure);
      }
      throw failure;
    } catch (RuntimeException failure) {
      closeQuietly(http, tunnel);
      throw failure;
    }
  }

  /** Asks the engine for its version on the unversioned path, which every engine answers. */
  private static Version probe(EngineAddress address, URI endpoint, DockerHttpClient http) {
    DockerClient unversioned =
        DockerClientImpl.getInstance(
            config(address, endpoint, RemoteApiVersion.UNKNOWN_VERSION), http);
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

  private static DockerClientConfig config(
      EngineAddress address, URI endpoint, RemoteApiVersion apiVersion) {
    DefaultDockerClientConfig.Builder config =
        DefaultDockerClientConfig.createDefaultConfigBuilder()
            .withDockerHost(endpoint.toString())
            .withDockerTlsVerify(address.tls() != null)
            .withApiVersion(apiVersion);
    if (address.tls() != null) {
      config.withDockerCertPath(address.tls().toString());
    }
    return config.build();
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
    closeQuietly(http, tunnel);
  }

  private static void closeQuietly(DockerHttpClient http, AutoCloseable tunnel) {
    try {
      http.close();
      if (tunnel != null) {
        tunnel.close();
      }
    } catch (Exception ignored) {
      // Nothing to do: the connection is being dropped anyway.
    }
  }
}
