/**
 * {@code docklab test}: runs lessons without a learner to prove they still work. For each step the
 * checks must fail before the work, the reference solution must run, and the checks must then pass
 * ({@link io.docklab.lessontest.LessonTester}); results go to the console, JUnit XML and JSON.
 */
package io.docklab.lessontest;
