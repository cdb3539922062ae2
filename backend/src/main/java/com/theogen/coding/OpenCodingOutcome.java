package com.theogen.coding;

import com.theogen.llm.LlmError;

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
 * @param fragmentsSkipped fragments of the failed batches: left unexamined, so that the next run codes them
 * @param batchFailure what made most failed batches fail; {@code null} when none failed
 */
public record OpenCodingOutcome(
        int fragmentsExamined,
        int fragmentsCoded,
        int codesCreated,
        int codesReused,
        int applicationsCreated,
        int quotesDropped,
        int failedBatches,
        String generatedBy,
        int fragmentsSkipped,
        LlmError batchFailure) {}
