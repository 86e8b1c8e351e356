package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import java.util.List;

/**
 * The lab's {@code python} images, made offline: a Debian 12 minbase root filesystem with Python
 * 3.11, pip, Flask and redis-py, imported once as {@code docklab/debian-python:bookworm} and tagged
 * as each {@code python:…} reference a lesson asks for. pip sees the requirements of the lessons as
 * already satisfied and never reaches for an index.
 */
final class DebianPythonRecipe implements OfflineRecipe {
  static final ImageReference BASE = ImageReference.parse("docklab/debian-python:bookworm");
  static final List<String> PACKAGES =
      List.of("python3", "python3-pip", "python3-flask", "python3-redis", "python-is-python3");
  static final List<String> CHANGES =
      List.of(
          "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
          "ENV LANG=C.UTF-8",
          "ENV PIP_NO_INDEX=1",
          "ENV PIP_DISABLE_PIP_VERSION_CHECK=1",
          "ENV PIP_ROOT_USER_ACTION=ignore",
          "LABEL io.docklab.recipe=debian-python io.docklab.suite=bookworm",
          "CMD [\"python3\"]");

  private final DockerEngine engine;
  private final DebianBase base;

  DebianPythonRecipe(DockerEngine engine) {
    this(engine, new Debootstrap("bookworm", Debootstrap.mirrorFromEnvironment(), PACKAGES));
  }

  DebianPythonRecipe(DockerEngine engine, Debootstrap debootstrap) {
    this.engine = engine;
    // pip may act on the system's site-packages: no EXTERNALLY-MANAGED marker.
    this.base =
        new DebianBase(
            engine,
            debootstrap,
            BASE,
            "python3, pip, Flask, redis-py",
            CHANGES,
            List.of("usr/lib/python3*/EXTERNALLY-MANAGED"));
  }

  @Override
  public boolean serves(ImageReference image) {
    return image.name().equals("python");
  }

  @Override
  public String make(ImageReference image, Progress progress) {
    String how = ensureBase(progress);
    engine
        .client()
        .tagImageCmd(BASE.toString(), image.repository(), image.tag())
        .withForce(true)
        .exec();
    return how;
  }

  /** Makes {@link #BASE} present; returns how, in a few words. */
  String ensureBase(Progress progress) {
    return base.ensure(progress);
  }
}
