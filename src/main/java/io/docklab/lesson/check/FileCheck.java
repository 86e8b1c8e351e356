package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/** A file in the lesson workspace: it exists (or not), and its content matches. */
public record FileCheck(String path, boolean exists, Matcher content, Text message)
    implements CheckSpec {}
