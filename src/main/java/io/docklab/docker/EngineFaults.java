package io.docklab.docker;

import com.github.dockerjava.api.exception.DockerException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the exceptions of a failed engine call into a short reason a person understands. */
public final class EngineFaults {
  private EngineFaults() {}

  public static String reason(Throwable failure) {
    if (failure instanceof DockerException answered) {
      return engineMessage(answered);
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof ConnectException || root instanceof SocketTimeoutException) {
        break;
      }
      root = root.getCause();
    }
    if (root instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (root instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    if (root instanceof ConnectException || message.contains("Connection refused")) {
      return "connection refused";
    }
    if (message.contains("No such file")) {
      return "no socket there";
    }
    if (message.contains("Permission denied")) {
      return "permission denied";
    }
    return message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  /** The engine's own words from an error answer ({@code Status 500: {"message":"…"}}). */
  static String engineMessage(DockerException answered) {
    String text = answered.getMessage() == null ? "" : answered.getMessage();
    Matcher message = JSON_MESSAGE.matcher(text);
    return message.find() ? message.group(1).replace("\\\"", "\"") : text;
  }

  private static final Pattern JSON_MESSAGE =
      Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
}
