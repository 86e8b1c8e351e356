package io.docklab.lesson;

/**
 * The lesson {@code docklab new} writes: valid as it stands, in English and Japanese, with one step
 * that has a command, a check that fails until the command ran, and two hints, so that an author
 * starts from something {@code docklab validate} and {@code docklab test} pass and changes it.
 */
public final class LessonSkeleton {
  /** The id of the skeleton's one step. */
  public static final String STEP = "run-hello";

  /** The keys both formats share: the Markdown front matter, the head of the YAML lesson. */
  private static final String KEYS =
      """
      id: %1$s
      languages: [en, ja]
      title:
        en: "%1$s: a new lesson"
        ja: "%1$s: 新しいレッスン"
      summary:
        en: One sentence on what the learner can do after this lesson.
        ja: このレッスンのあとで学習者ができるようになることを一文で。
      estimatedMinutes: 5
      requires:
        images: [hello-world:latest]
      creates:
        containers: [%1$s-hello]
      """;

  private static final String MARKDOWN =
      "---\n"
          + KEYS
          + """
      ---

      <!-- lang:en -->
      What this lesson is about, in a few sentences. Each `##` heading below is a step.

      <!-- lang:ja -->
      このレッスンで学ぶことを数文で書きます。下の `##` 見出しがそれぞれ一つのステップです。

      ## Run a first container {#%2$s ja="最初のコンテナーを実行する"}

      <!-- lang:en -->
      Run the `hello-world` image as a container named `%1$s-hello`. It prints a greeting
      and ends.

      <!-- lang:ja -->
      `hello-world` イメージを `%1$s-hello` という名前のコンテナーとして実行します。
      あいさつを表示して終了します。

      ```sh command
      docker run --name %1$s-hello hello-world
      ```

      ```yaml check
      kind: container
      name: %1$s-hello
      state: exited
      exitCode: 0
      ```

      ```yaml hint
      en: "`docker run IMAGE` starts a container from an image; `--name NAME` names it."
      ja: "`docker run イメージ` でイメージからコンテナーを起動し、`--name 名前` で名前を付けます。"
      ```

      ```yaml hint
      en: "Type `docker run --name %1$s-hello hello-world`."
      ja: "`docker run --name %1$s-hello hello-world` と入力します。"
      ```
      """;

  private static final String YAML =
      KEYS
          + """
      intro:
        en: What this lesson is about, in a few sentences. Each item of `steps` is a step.
        ja: このレッスンで学ぶことを数文で書きます。`steps` の各項目が一つのステップです。
      steps:
        - id: %2$s
          title:
            en: Run a first container
            ja: 最初のコンテナーを実行する
          text:
            en: |
              Run the `hello-world` image as a container named `%1$s-hello`. It prints a greeting
              and ends.
            ja: |
              `hello-world` イメージを `%1$s-hello` という名前のコンテナーとして実行します。
              あいさつを表示して終了します。
          actions:
            - kind: command
              run: docker run --name %1$s-hello hello-world
          checks:
            - kind: container
              name: %1$s-hello
              state: exited
              exitCode: 0
          hints:
            - en: "`docker run IMAGE` starts a container from an image; `--name NAME` names it."
              ja: "`docker run イメージ` でイメージからコンテナーを起動し、`--name 名前` で名前を付けます。"
            - en: "Type `docker run --name %1$s-hello hello-world`."
              ja: "`docker run --name %1$s-hello hello-world` と入力します。"
      """;

  private LessonSkeleton() {}

  /** The skeleton of lesson {@code id} (a valid lesson id), in Markdown or YAML. */
  public static String text(String id, boolean yaml) {
    return (yaml ? YAML : MARKDOWN).formatted(id, STEP);
  }

  /** The file name of lesson {@code id}. */
  public static String fileName(String id, boolean yaml) {
    return id + (yaml ? ".yaml" : ".md");
  }
}
