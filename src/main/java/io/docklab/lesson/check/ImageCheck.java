package io.docklab.lesson.check;

import io.docklab.lesson.Text;
import java.util.List;
import java.util.Map;

/**
 * An image by reference, present or absent, and its metadata. Null (or empty) metadata fields are
 * not compared.
 *
 * @param exposedPorts as Docker lists them: {@code 80/tcp}
 */
public record ImageCheck(
    String ref,
    boolean exists,
    List<String> cmd,
    List<String> entrypoint,
    String workdir,
    Map<String, String> env,
    List<String> exposedPorts,
    Map<String, String> labels,
    Text message,
    String passesBefore)
    implements CheckSpec {
  /** A check that must fail before the step's work (no {@code passesBefore}). */
  public ImageCheck(
      String ref,
      boolean exists,
      List<String> cmd,
      List<String> entrypoint,
      String workdir,
      Map<String, String> env,
      List<String> exposedPorts,
      Map<String, String> labels,
      Text message) {
    this(ref, exists, cmd, entrypoint, workdir, env, exposedPorts, labels, message, null);
  }
}
