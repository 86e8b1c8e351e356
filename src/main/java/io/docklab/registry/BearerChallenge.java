package io.docklab.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code WWW-Authenticate: Bearer realm="…",service="…",scope="…"} challenge, as registries such
 * as Docker Hub answer: the token is asked at the realm, with the service and scope.
 */
record BearerChallenge(Map<String, String> parameters) {
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The challenge in a {@code WWW-Authenticate} value, when it is a Bearer one with a realm. */
  static Optional<BearerChallenge> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer", 0, 6)) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher parameter = PARAMETER.matcher(header);
    while (parameter.find()) {
      parameters.put(parameter.group(1).toLowerCase(Locale.ROOT), parameter.group(2));
    }
    return parameters.containsKey("realm")
        ? Optional.of(new BearerChallenge(parameters))
        : Optional.empty();
  }

  /** Where to ask for a token; {@code defaultScope} when the challenge names none. */
  URI tokenUri(String defaultScope) {
    String realm = parameters.get("realm");
    StringBuilder query = new StringBuilder();
    if (parameters.containsKey("service")) {
      query.append("service=").append(encode(parameters.get("service"))).append('&');
    }
    query.append("scope=").append(encode(parameters.getOrDefault("scope", defaultScope)));
    return URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
  }

  /**
   * The token of a token answer ({@code token}, or OAuth's {@code access_token}), if it has one.
   */
  static Optional<String> token(String answer) throws IOException {
    JsonNode body = JSON.readTree(answer == null ? "" : answer);
    if (body == null) {
      return Optional.empty();
    }
    for (String field : new String[] {"token", "access_token"}) {
      String token = body.path(field).asText("");
      if (!token.isBlank()) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
