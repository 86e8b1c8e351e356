package io.docklab.run;

/**
 * An image reference in the short form the engine lists it ({@code RepoTags}): a missing tag means
 * {@code latest}, and Docker Hub's default names lose their {@code docker.io/} and {@code library/}
 * prefixes. Two references name the same image tag exactly when their short forms are equal: {@code
 * python-custom}, {@code python-custom:latest} and {@code docker.io/library/python-custom:latest}
 * are one; {@code python-custom:other} and {@code python-custom2} are others.
 */
final class ImageName {
  private static final String HUB = "docker.io/";
  private static final String OFFICIAL = "library/";

  private ImageName() {}

  /** The short form of {@code reference}; a reference by digest keeps its digest and no tag. */
  static String familiar(String reference) {
    String name = reference.trim();
    int at = name.indexOf('@');
    String digest = at >= 0 ? name.substring(at) : "";
    name = at >= 0 ? name.substring(0, at) : name;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String tag = "";
    if (colon > slash) {
      tag = name.substring(colon);
      name = name.substring(0, colon);
    } else if (digest.isEmpty()) {
      tag = ":latest";
    }
    if (name.startsWith(HUB)) {
      name = name.substring(HUB.length());
    } else if (name.startsWith("index." + HUB)) {
      name = name.substring(("index." + HUB).length());
    }
    if (name.startsWith(OFFICIAL) && name.indexOf('/', OFFICIAL.length()) < 0) {
      name = name.substring(OFFICIAL.length());
    }
    return name + tag + digest;
  }

  static boolean byDigest(String familiar) {
    return familiar.contains("@");
  }
}
