package com.theogen.coding;

/**
 * What one open-coding call did.
 *
 * @param fragmentsExamined participant fragments looked at (interviewer turns excluded)
 * @param fragmentsCoded of those, fragments that received at least one code
 * @param codesCreated new codes
 * @param codesReused existing codes applied again
 * @param applicationsCreated code applications stored
 * @param quotesDropped model quotes that could not be located in their fragment (never stored)
 * @param failedBatches batches that failed after their retries and were skipped
 * @param generatedBy {@code llm} or {@code offline}
 */
public record OpenCodingOutcome(
        int fragmentsExamined,
        int fragmentsCoded,
        int codesCreated,
        int codesReused,
        int applicationsCreated,
        int quotesDropped,
        int failedBatches,
        String generatedBy) {}
