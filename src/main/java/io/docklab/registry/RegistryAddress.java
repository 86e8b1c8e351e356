package io.docklab.registry;

import io.docklab.docker.ImageReference;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the Registry API of a registry answers, by the rule the docker CLI applies to insecure
 * registries: Docker Hub at its API host; plain HTTP at once on a loopback address (as Docker
 * allows there without configuration); elsewhere HTTPS, with plain HTTP as the fallback when TLS
 * fails and the host is on this machine or its local network (loopback, private or link-local
 * addresses: a classroom registry on {@code 192.168.1.20:5000}); a registry written with its scheme
 * as written.
 *
 * @param first the base URL to try first, ending in {@code /}
 * @param fallback the plain-HTTP base URL to use when TLS fails there, if the rule allows one
 */
public record RegistryAddress(URI first, Optional<URI> fallback) {
  private static final URI DOCKER_HUB_API = URI.create("https://registry-1.docker.io/");

  /**
   * The address of {@code registry} ({@code 127.0.0.1:5000}, {@code ghcr.io}, {@code docker.io}).
   */
  public static RegistryAddress of(String registry) {
    return of(registry, RegistryAddress::onLocalNetwork);
  }

  /**
   * @param onLocalNetwork whether a host (without port) is on this machine or its local network
   */
  static RegistryAddress of(String registry, Predicate<String> onLocalNetwork) {
    String written = registry.strip();
    if (written.startsWith("http://") || written.startsWith("https://")) {
      return new RegistryAddress(URI.create(written.replaceAll("/+$", "") + "/"), Optional.empty());
    }
    if (ImageReference.isDockerHub(written)) {
      return new RegistryAddress(DOCKER_HUB_API, Optional.empty());
    }
    URI plain = URI.create("http://" + written + "/");
    String host = host(written);
    if (loopbackName(host)) {
      return new RegistryAddress(plain, Optional.empty());
    }
    URI secure = URI.create("https://" + written + "/");
    return new RegistryAddress(
        secure, onLocalNetwork.test(host) ? Optional.of(plain) : Optional.empty());
  }

  /** The host of {@code host[:port]}, brackets of an IPv6 literal kept. */
  static String host(String registry) {
    return registry.replaceFirst(":\\d+$", "");
  }

  private static boolean loopbackName(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  /** True when {@code host} resolves to a loopback, private or link-local address. */
  static boolean onLocalNetwork(String host) {
    try {
      InetAddress address = InetAddress.getByName(host.replaceAll("^\\[|]$", ""));
      return address.isLoopbackAddress()
          || address.isSiteLocalAddress()
          || address.isLinkLocalAddress()
          || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
    } catch (UnknownHostException | SecurityException unknown) {
      return false;
    }
  }
}
