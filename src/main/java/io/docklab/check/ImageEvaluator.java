package io.docklab.check;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import io.docklab.i18n.Messages;
import io.docklab.lesson.check.ImageCheck;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code image} check: an image by reference (the tag {@code latest} when none is given) is
 * there or not, and its CMD, ENTRYPOINT, WORKDIR, ENV, EXPOSE and LABELs are as asked, compared as
 * {@code docker image inspect} shows them.
 */
final class ImageEvaluator implements CheckEvaluator<ImageCheck> {

  @Override
  public boolean followsEngineEvents() {
    return true;
  }

  @Override
  public CheckResult evaluate(ImageCheck spec, CheckContext context, Duration waited) {
    String ref = context.variables().text(spec.ref()).strip();
    String reference = ref.contains("@") ? ref : ContainerLookup.normalized(ref);
    String subject = Messages.get("check.image.subject", ref);
    InspectImageResponse image;
    try {
      image = context.engine().engine().client().inspectImageCmd(reference).exec();
    } catch (NotFoundException absent) {
      return spec.exists()
          ? Verdict.fail(spec, context, "check.image.absent", subject)
          : Verdict.pass(spec, "check.image.none", subject);
    }
    String id = shortId(image.getId());
    if (!spec.exists()) {
      return Verdict.fail(spec, context, "check.image.unwanted", subject, id);
    }
    String mismatch = mismatch(spec, context, image.getConfig());
    if (mismatch != null) {
      return Verdict.failWith(spec, context, subject + ": " + mismatch);
    }
    return Verdict.pass(spec, "check.image.ok", subject, id);
  }

  private static String mismatch(ImageCheck spec, CheckContext context, ContainerConfig config) {
    ContainerConfig shown = config == null ? new ContainerConfig() : config;
    if (spec.cmd() != null && !spec.cmd().isEmpty()) {
      List<String> wanted = texts(spec.cmd(), context);
      List<String> found = list(shown.getCmd());
      if (!wanted.equals(found)) {
        return Messages.get("check.image.field", "CMD", wanted, found);
      }
    }
    if (spec.entrypoint() != null && !spec.entrypoint().isEmpty()) {
      List<String> wanted = texts(spec.entrypoint(), context);
      List<String> found = list(shown.getEntrypoint());
      if (!wanted.equals(found)) {
        return Messages.get("check.image.field", "ENTRYPOINT", wanted, found);
      }
    }
    if (spec.workdir() != null) {
      String wanted = context.variables().text(spec.workdir());
      String found = shown.getWorkingDir() == null ? "" : shown.getWorkingDir();
      if (!wanted.equals(found)) {
        return Messages.get(
            "check.image.field", "WORKDIR", wanted, found.isEmpty() ? none() : found);
      }
    }
    String env = entries("ENV", spec.env(), environment(shown.getEnv()), context);
    if (env != null) {
      return env;
    }
    if (spec.exposedPorts() != null) {
      List<String> found =
          shown.getExposedPorts() == null
              ? List.of()
              : Arrays.stream(shown.getExposedPorts()).map(ExposedPort::toString).toList();
      for (String port : spec.exposedPorts()) {
        String wanted = context.variables().text(port).strip();
        String withProtocol = wanted.contains("/") ? wanted : wanted + "/tcp";
        if (!found.contains(withProtocol)) {
          return Messages.get(
              "check.image.field", "EXPOSE", withProtocol, found.isEmpty() ? none() : found);
        }
      }
    }
    return entries("LABEL", spec.labels(), shown.getLabels(), context);
  }

  /** The first of {@code wanted}'s entries that {@code found} lacks or sets otherwise. */
  private static String entries(
      String instruction,
      Map<String, String> wanted,
      Map<String, String> found,
      CheckContext context) {
    if (wanted == null) {
      return null;
    }
    Map<String, String> present = found == null ? Map.of() : found;
    for (Map.Entry<String, String> entry : wanted.entrySet()) {
      String value = context.variables().text(entry.getValue());
      String actual = present.get(entry.getKey());
      if (!value.equals(actual)) {
        return Messages.get(
            "check.image.entry",
            instruction,
            entry.getKey(),
            value,
            actual == null ? none() : entry.getKey() + "=" + actual);
      }
    }
    return null;
  }

  /** {@code KEY=value} entries as a map ({@code KEY} alone: an empty value). */
  static Map<String, String> environment(String[] env) {
    Map<String, String> map = new LinkedHashMap<>();
    if (env != null) {
      for (String entry : env) {
        int equals = entry.indexOf('=');
        map.put(
            equals < 0 ? entry : entry.substring(0, equals),
            equals < 0 ? "" : entry.substring(equals + 1));
      }
    }
    return map;
  }

  private static List<String> texts(List<String> templates, CheckContext context) {
    return templates.stream().map(context.variables()::text).toList();
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : List.of(values);
  }

  private static String none() {
    return Messages.get("check.none");
  }

  static String shortId(String id) {
    String plain = id == null ? "" : id.replace("sha256:", "");
    return plain.length() > 12 ? plain.substring(0, 12) : plain;
  }
}
