package io.docklab.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docklab.docker.ImageReference;
import io.docklab.lesson.ImageRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Planning the lessons' recipes: shared bases, their tags, the Dockerfile built on them. */
@Timeout(10)
class RecipePlanTest {
  private final RecipePlan plan = new RecipePlan(null, "docklab/recipe-base", "http://mirror");

  private static ImageRecipe recipe(String ref, List<String> packages, String dockerfile) {
    return new ImageRecipe(ref, packages, dockerfile);
  }

  @Test
  void recipesOfOnePackageSetShareOneBase() {
    List<LessonRecipe> recipes =
        plan.recipes(
            List.of(
                recipe("busybox:latest", List.of("busybox-static"), "CMD [\"sh\"]"),
                recipe("nginx:alpine", List.of("nginx-light"), "EXPOSE 80"),
                recipe("alpine:3.20", List.of("busybox-static"), "CMD [\"sh\"]")));
    assertSame(recipes.get(0).base(), recipes.get(2).base());
    assertNotEquals(recipes.get(0).base().tag(), recipes.get(1).base().tag());
  }

  @Test
  void theBaseTagNamesTheSuiteAndHashesTheSortedPackages() {
    ImageReference one = plan.baseTag(List.of("a", "b"));
    assertTrue(one.toString().matches("docklab/recipe-base:bookworm-[0-9a-f]{12}"), one.toString());
    ImageRecipe reordered = recipe("x:1", List.of("b", "a", "b"), "");
    assertEquals(one, plan.recipes(List.of(reordered)).get(0).base().tag());
    assertNotEquals(one, plan.baseTag(List.of("a", "c")));
  }

  @Test
  void theDockerfileIsTheRecipesLinesFromItsBase() {
    LessonRecipe nginx =
        plan.recipes(List.of(recipe("nginx:alpine", List.of("nginx-light"), "EXPOSE 80\nCMD x")))
            .get(0);
    assertEquals(
        "FROM " + nginx.base().tag() + "\nLABEL io.docklab.recipe=lesson\nEXPOSE 80\nCMD x\n",
        nginx.dockerfile());
  }

  @Test
  void aRecipeServesItsImageHoweverTheReferenceIsSpelt() {
    LessonRecipe nginx =
        plan.recipes(List.of(recipe("nginx:alpine", List.of("nginx-light"), ""))).get(0);
    assertTrue(nginx.serves(ImageReference.parse("docker.io/library/nginx:alpine")));
    assertTrue(!nginx.serves(ImageReference.parse("nginx:latest")));
    LessonRecipe busybox =
        plan.recipes(List.of(recipe("busybox", List.of("busybox-static"), ""))).get(0);
    assertTrue(busybox.serves(ImageReference.parse("busybox:latest")));
  }

  @Test
  void docklabsOwnRecipesComeBeforeTheLessons() {
    List<OfflineRecipe> recipes =
        ImagePreparer.offlineRecipes(
            null,
            plan,
            List.of(
                recipe("python:3.11-slim", List.of("python3"), ""),
                recipe("redis:7", List.of("redis-server"), "")));
    assertEquals(4, recipes.size());
    ImageReference python = ImageReference.parse("python:3.11-slim");
    OfflineRecipe first =
        recipes.stream().filter(recipe -> recipe.serves(python)).findFirst().orElseThrow();
    assertTrue(first instanceof DebianPythonRecipe, first.getClass().getName());
    assertTrue(recipes.get(3).serves(ImageReference.parse("redis:7")));
  }
}
