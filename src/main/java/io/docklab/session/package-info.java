/**
 * The learner's place in a lesson ({@link io.docklab.session.LessonSession}): the current step, the
 * hints shown, moving on and back, completing and resetting steps, and what of it is saved. Pure
 * state without a terminal, used by the lab and by {@code docklab test}.
 */
package io.docklab.session;
