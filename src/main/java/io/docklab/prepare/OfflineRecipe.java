package io.docklab.prepare;

import io.docklab.docker.ImageReference;

/** A way to make an image with no registry at hand, from the OS's own packages. */
interface OfflineRecipe {
  boolean serves(ImageReference image);

  /** Makes {@code image} present on the engine; returns how, in a few words for the learner. */
  String make(ImageReference image, Progress progress);
}
