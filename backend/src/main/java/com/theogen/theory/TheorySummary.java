package com.theogen.theory;

import java.time.Instant;
import java.util.UUID;

/** A theory as the history list shows it. */
public record TheorySummary(
        UUID id,
        int version,
        Instant createdAt,
        String centralCategory,
        int readinessScore,
        double evidenceCoverage,
        String generatedBy,
        String route,
        boolean degraded) {}
