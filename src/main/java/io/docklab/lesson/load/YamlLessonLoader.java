package io.docklab.lesson.load;

import io.docklab.lesson.Lesson;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Loads a lesson written as one YAML document, with the same keys as the model. */
public final class YamlLessonLoader {
  public LoadResult load(String file, String content) {
    Problems problems = new Problems(file);
    Optional<Node> root = Yaml.compose(LessonText.normalize(content), 1, 0, problems);
    Optional<Lesson> lesson = root.flatMap(node -> new LessonMapper(problems).lesson(node));
    return LoadResult.of(file, lesson.orElse(null), problems);
  }
}
