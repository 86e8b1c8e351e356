package io.docklab.prepare;

import com.github.dockerjava.api.command.PullImageResultCallback;
import io.docklab.docker.DockerEngine;
import io.docklab.docker.EngineFaults;
import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.lesson.ImageRecipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a lesson's image present: already there, pulled where a registry is reachable, or else
 * built offline from the OS's packages: by docklab's own recipes (python, hello-world) or else by
 * the recipe the lesson declares. Says which way each image was made.
 */
public final class ImagePreparer {
  private static final long PULL_MINUTES = 30;

  private final DockerEngine engine;
  private final List<OfflineRecipe> recipes;
  private final Progress progress;
  private final boolean tryPull;

  public ImagePreparer(DockerEngine engine, Progress progress, boolean tryPull) {
    this(engine, progress, tryPull, List.of());
  }

  /**
   * @param lessonRecipes the recipes the lessons declare, used after docklab's own
   */
  public ImagePreparer(
      DockerEngine engine, Progress progress, boolean tryPull, List<ImageRecipe> lessonRecipes) {
    this(engine, offlineRecipes(engine, new RecipePlan(engine), lessonRecipes), progress, tryPull);
  }

  ImagePreparer(
      DockerEngine engine, List<OfflineRecipe> recipes, Progress progress, boolean tryPull) {
    this.engine = engine;
    this.recipes = List.copyOf(recipes);
    this.progress = progress;
    this.tryPull = tryPull;
  }

  /** docklab's own recipes first, then the lessons'. */
  static List<OfflineRecipe> offlineRecipes(
      DockerEngine engine, RecipePlan plan, List<ImageRecipe> lessonRecipes) {
    DebianPythonRecipe python = new DebianPythonRecipe(engine);
    List<OfflineRecipe> recipes = new ArrayList<>();
    recipes.add(python);
    recipes.add(new HelloWorldRecipe(engine, python));
    recipes.addAll(plan.recipes(lessonRecipes));
    return recipes;
  }

  /** Makes {@code reference} present; returns one line saying how. */
  public String prepare(String reference) {
    ImageReference image = ImageReference.parse(reference);
    if (engine.hasImage(image.toString())) {
      return Messages.get("prepare.image.present", image);
    }
    String pullFailure = Messages.get("prepare.pull.skipped");
    if (tryPull) {
      progress.status(Messages.get("prepare.pull.trying", image));
      Optional<String> failure = pull(image);
      if (failure.isEmpty()) {
        return Messages.get("prepare.image.pulled", image);
      }
      pullFailure = failure.get();
    }
    OfflineRecipe recipe = recipeFor(image, pullFailure);
    progress.line(Messages.get("prepare.image.offline", image, pullFailure));
    String how = recipe.make(image, progress);
    return Messages.get("prepare.image.built", image, how);
  }

  private OfflineRecipe recipeFor(ImageReference image, String pullFailure) {
    for (OfflineRecipe recipe : recipes) {
      if (recipe.serves(image)) {
        return recipe;
      }
    }
    throw new PrepareException(Messages.get("prepare.image.noRecipe", image, pullFailure));
  }

  /** Pulls the image; empty when it worked, else why not. */
  private Optional<String> pull(ImageReference image) {
    try {
      boolean finished =
          engine
              .client()
              .pullImageCmd(image.repository())
              .withTag(image.tag())
              .exec(new PullImageResultCallback())
              .awaitCompletion(PULL_MINUTES, TimeUnit.MINUTES);
      if (!finished) {
        return Optional.of("no answer within " + PULL_MINUTES + " min");
      }
      return engine.hasImage(image.toString())
          ? Optional.empty()
          : Optional.of("pull ended without the image");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (RuntimeException failed) {
      return Optional.of(pullFailure(EngineFaults.reason(failed)));
    }
  }

  /** The engine's reason, shortened to "no registry reachable" when that is what it means. */
  static String pullFailure(String engineReason) {
    Matcher unreachable = UNREACHABLE.matcher(engineReason);
    if (unreachable.find()) {
      return Messages.get("prepare.pull.unreachable", unreachable.group(1));
    }
    int newline = engineReason.indexOf('\n');
    return newline < 0 ? engineReason : engineReason.substring(0, newline);
  }

  private static final Pattern UNREACHABLE =
      Pattern.compile(
          "Get \"https?://([^/\"]+)[^\"]*\": (?:dial tcp|net/http|context deadline|.*i/o timeout)");
}
