package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/** What the learner's last command printed (standard output and error together). */
public record OutputCheck(Matcher shows, Text message) implements CheckSpec {}
