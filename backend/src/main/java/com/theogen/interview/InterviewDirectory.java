package com.theogen.interview;

import java.util.Optional;
import java.util.UUID;

/**
 * Which project an interview belongs to, for modules that receive an interview id. It performs no access check:
 * callers check the project next (through {@code ProjectAccess}), and answer an unknown interview like a foreign one.
 */
public interface InterviewDirectory {

    /** The interview's project, in one primary-key read; empty for an unknown interview. */
    Optional<UUID> projectOf(UUID interviewId);
}
