package io.docklab.lesson.catalog;

import io.docklab.docker.ImageReference;
import io.docklab.i18n.Messages;
import io.docklab.lesson.ImageRecipe;
import io.docklab.lesson.Lesson;
import io.docklab.lesson.load.LessonError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline recipes of several lessons, by image: two lessons may declare a recipe for one image
 * only when the recipes are the same, since the engine holds one image under that name. Used where
 * lessons are read together: {@code docklab validate} of several files, and the catalogue.
 */
final class RecipeConflicts {
  private record Declared(String file, ImageRecipe recipe) {
    String where() {
      return recipe.line() == 0 ? file : file + ":" + recipe.line() + ":" + recipe.column();
    }
  }

  private final Map<String, Declared> byImage = new HashMap<>();

  /**
   * Takes in the recipes of {@code lesson}, read from {@code file}; returns an error, at the later
   * recipe and naming the earlier one's place, for each that differs from a recipe seen before. The
   * recipes of a lesson with errors are not taken in.
   */
  List<LessonError> add(String file, Lesson lesson) {
    List<LessonError> errors = new ArrayList<>();
    for (ImageRecipe recipe : lesson.requires().recipes()) {
      Declared first = byImage.get(ImageReference.familiar(recipe.ref()));
      if (first != null && !sameImage(first.recipe(), recipe)) {
        errors.add(
            new LessonError(
                file,
                recipe.line(),
                recipe.column(),
                Messages.get("lesson.error.recipeConflict", recipe.ref(), first.where())));
      }
    }
    if (errors.isEmpty()) {
      for (ImageRecipe recipe : lesson.requires().recipes()) {
        byImage.putIfAbsent(ImageReference.familiar(recipe.ref()), new Declared(file, recipe));
      }
    }
    return errors;
  }

  /** The same packages and Dockerfile lines, whichever way the two spell the reference. */
  private static boolean sameImage(ImageRecipe one, ImageRecipe other) {
    return one.packageSet().equals(other.packageSet())
        && one.dockerfileLines().equals(other.dockerfileLines());
  }
}
