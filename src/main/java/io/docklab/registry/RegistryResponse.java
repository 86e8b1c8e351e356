package io.docklab.registry;

/**
 * A registry's answer.
 *
 * @param status the HTTP status
 * @param digest its {@code Docker-Content-Digest} header, or null
 * @param challenge its {@code WWW-Authenticate} header, or null
 * @param body the body ({@code ""} for {@code HEAD})
 */
public record RegistryResponse(int status, String digest, String challenge, String body) {
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
