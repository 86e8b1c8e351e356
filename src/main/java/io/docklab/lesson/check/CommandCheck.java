package io.docklab.lesson.check;

import io.docklab.lesson.Text;

/**
 * A command docklab runs itself in the lesson workspace; its exit code and output are compared.
 *
 * @param exitCode expected exit code, or null for any
 */
public record CommandCheck(
    String run, Integer exitCode, Matcher stdout, Matcher stderr, Text message)
    implements CheckSpec {}
