package io.docklab.prepare;

import io.docklab.docker.DockerEngine;
import io.docklab.docker.ImageReference;
import io.docklab.lesson.ImageRecipe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lessons' own offline recipes, planned together: one debootstrapped base per package set,
 * tagged {@code docklab/recipe-base:bookworm-<hash of the packages>} and shared by every recipe of
 * that set.
 */
final class RecipePlan {
  static final String BASE_REPOSITORY = "docklab/recipe-base";
  static final String SUITE = "bookworm";

  private final DockerEngine engine;
  private final String baseRepository;
  private final String mirror;

  RecipePlan(DockerEngine engine) {
    this(engine, BASE_REPOSITORY, Debootstrap.mirrorFromEnvironment());
  }

  /**
   * @param baseRepository where the bases are tagged (tests use one of their own)
   */
  RecipePlan(DockerEngine engine, String baseRepository, String mirror) {
    this.engine = engine;
    this.baseRepository = baseRepository;
    this.mirror = mirror;
  }

  /** One recipe per image, in the order given; those of one package set share their base. */
  List<LessonRecipe> recipes(List<ImageRecipe> declared) {
    Map<List<String>, DebianBase> bases = new LinkedHashMap<>();
    List<LessonRecipe> recipes = new ArrayList<>();
    for (ImageRecipe recipe : declared) {
      DebianBase base = bases.computeIfAbsent(recipe.packageSet(), this::base);
      recipes.add(new LessonRecipe(engine, recipe, base));
    }
    return recipes;
  }

  private DebianBase base(List<String> packages) {
    return new DebianBase(
        engine,
        new Debootstrap(SUITE, mirror, packages),
        baseTag(packages),
        String.join(", ", packages),
        List.of(
            "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "ENV LANG=C.UTF-8",
            "LABEL io.docklab.recipe=base io.docklab.suite="
                + SUITE
                + " io.docklab.packages="
                + String.join(",", packages)),
        List.of());
  }

  /** The base's tag: the suite and the first 12 hex digits of the sorted package list's SHA-256. */
  ImageReference baseTag(List<String> packageSet) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", packageSet).getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest).substring(0, 12);
      return ImageReference.parse(baseRepository + ":" + SUITE + "-" + hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
