package io.docklab.classroom;

import java.time.Instant;
import java.util.Optional;

/**
 * One thing a learner did, as the lab reports it: its sequence number in the learner's outbox, its
 * kind, the lesson and step, when, and for a failed check its expected-versus-found line.
 */
public record ClassEvent(
    long seq,
    EventKind kind,
    String lesson,
    Optional<String> step,
    Instant time,
    Optional<String> line) {}
