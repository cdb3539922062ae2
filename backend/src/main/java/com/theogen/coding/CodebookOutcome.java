package com.theogen.coding;

import java.util.UUID;

/**
 * What a codebook-driven coding run did (docs/adr/026).
 *
 * @param fragmentsExamined participant fragments in scope
 * @param fragmentsCoded fragments that received at least one code
 * @param applications code applications written in the machine coder's layer
 * @param codesUsed codes of the codebook the run applied from
 * @param codesWithoutDefinition of those, codes with no definition: used by their label alone
 * @param calibratedInterviews interviews whose thresholds were calibrated on a person's coding of other interviews
 * @param quotesDropped model path: quotes not found verbatim in their fragment
 * @param inventedCodesDropped model path: code ids the codebook does not have
 * @param generatedBy {@code offline} or {@code llm}
 * @param coderId the machine coder whose layer holds the result
 * @param referenceCoderId the person whose coding calibrated the thresholds and to compare with; null when none
 */
public record CodebookOutcome(
        int fragmentsExamined,
        int fragmentsCoded,
        int applications,
        int codesUsed,
        int codesWithoutDefinition,
        int calibratedInterviews,
        int quotesDropped,
        int inventedCodesDropped,
        int failedBatches,
        String generatedBy,
        UUID coderId,
        UUID referenceCoderId) {}
