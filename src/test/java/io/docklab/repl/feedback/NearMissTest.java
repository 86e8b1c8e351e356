package io.docklab.repl.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docklab.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class NearMissTest {
  private static final List<String> TAG =
      List.of(
          "docker tag friendlyhello 127.0.0.1:5000/learner/get-started:part2", "docker image ls");
  private static final List<String> RUN =
      List.of("docker run -d --name web -p 127.0.0.1:4000:80 friendlyhello");

  @BeforeEach
  void english() {
    Messages.use(Locale.ENGLISH);
  }

  @AfterEach
  void back() {
    Messages.use(Locale.ENGLISH);
  }

  @Test
  void anotherTagIsNamed() {
    assertEquals(
        Optional.of(
            "the step tags 127.0.0.1:5000/learner/get-started:part2;"
                + " you tagged 127.0.0.1:5000/learner/get-started:part-2"),
        NearMiss.between(
            "docker tag friendlyhello 127.0.0.1:5000/learner/get-started:part-2", TAG));
  }

  @Test
  void theManagementFormIsTheSameSubcommand() {
    assertEquals(
        Optional.of("the step tags 127.0.0.1:5000/learner/get-started:part2; you tagged x:part2"),
        NearMiss.between("docker image tag friendlyhello x:part2", TAG));
  }

  @Test
  void anotherPortIsNamed() {
    assertEquals(
        Optional.of("the step publishes the port 127.0.0.1:4000:80; you published 4000:8080"),
        NearMiss.between("docker run -d --name web -p 4000:8080 friendlyhello", RUN));
  }

  @Test
  void aMissingNameIsSaid() {
    assertEquals(
        Optional.of("the step names the container web; you named it nothing"),
        NearMiss.between("docker run -d --publish=127.0.0.1:4000:80 friendlyhello", RUN));
  }

  @Test
  void anotherImageComesFirst() {
    assertEquals(
        Optional.of("the step runs the image friendlyhello; you ran friendlyhelo"),
        NearMiss.between("docker run -d --name web -p 127.0.0.1:4000:80 friendlyhelo", RUN));
  }

  @Test
  void anotherBuildTag() {
    assertEquals(
        Optional.of("the step builds friendlyhello; you built friendly"),
        NearMiss.between(
            "docker build -t friendly .", List.of("docker build --tag=friendlyhello .")));
  }

  @Test
  void sameValuesOtherSpacingOrQuotesAreNoMiss() {
    assertEquals(
        Optional.empty(),
        NearMiss.between(
            "docker  run -d --name 'web' -p \"127.0.0.1:4000:80\" friendlyhello", RUN));
  }

  @Test
  void otherSubcommandsAndOtherProgramsAreNoMiss() {
    assertEquals(Optional.empty(), NearMiss.between("docker ps -a", RUN));
    assertEquals(Optional.empty(), NearMiss.between("echo docker run x", RUN));
    assertEquals(Optional.empty(), NearMiss.between("docker", RUN));
  }

  @Test
  void japanese() {
    Messages.use(Locale.JAPANESE);
    assertEquals(
        Optional.of("ステップのタグは 127.0.0.1:5000/learner/get-started:part2 ですが、付けたのは x:part-2 です"),
        NearMiss.between("docker tag friendlyhello x:part-2", TAG));
  }
}
