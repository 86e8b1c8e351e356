package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.lesson.ImageRecipe;
import java.time.Duration;
import java.time.Instant;

/**
 * An image made the way its lesson says ({@code requires.images[].offline}): the debootstrapped
 * base of the recipe's packages, shared with every recipe of the same packages, then {@code docker
 * build} of the recipe's Dockerfile lines on it.
 */
final class LessonRecipe implements OfflineRecipe {
  private final DockerEngine engine;
  private final ImageRecipe recipe;
  private final ImageReference image;
  private final DebianBase base;

  LessonRecipe(DockerEngine engine, ImageRecipe recipe, DebianBase base) {
    this.engine = engine;
    this.recipe = recipe;
    this.image = ImageReference.parse(recipe.ref());
    this.base = base;
  }

  DebianBase base() {
    return base;
  }

  @Override
  public boolean serves(ImageReference wanted) {
    return wanted.toString().equals(image.toString());
  }

  @Override
  public String make(ImageReference wanted, Progress progress) {
    String how = base.ensure(progress);
    Instant start = Instant.now();
    new DockerfileBuild(engine).build(dockerfile(), wanted, progress);
    return Messages.get(
        "prepare.recipe.made", how, Duration.between(start, Instant.now()).toSeconds());
  }

  /** The recipe's lines after its base's FROM, labelled as docklab's. */
  String dockerfile() {
    return "FROM "
        + base.tag()
        + "\nLABEL io.docklab.recipe=lesson\n"
        + recipe.dockerfile()
        + (recipe.dockerfile().endsWith("\n") || recipe.dockerfile().isEmpty() ? "" : "\n");
  }
}
