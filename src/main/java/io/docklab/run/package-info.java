/**
 * Runs lesson steps: a step's reference solution in automated runs ({@link
 * io.docklab.run.SolutionRunner}) and the cleanup that removes exactly what a lesson creates
 * ({@link io.docklab.run.LessonCleanup}).
 */
package io.docklab.run;
