package com.theogen.coding.agreement;

import java.util.List;
import java.util.UUID;

/**
 * One code's agreement between the two coders.
 *
 * @param agreement counts, prevalences, p<sub>o</sub>, κ, α and AC1 over the compared units: fragments in
 *     {@link UnitMode#FRAGMENT} mode, characters in {@link UnitMode#CHARACTER} mode (there α is the nominal α
 *     with characters as units; the report's α for that mode is {@code unitized})
 * @param unitized α_u over the interviews' character continua; {@code null} in fragment mode
 * @param disagreements the fragments where the coders differ, by interview (in id order), then in transcript order
 */
public record CodeAgreement(
        UUID codeId, BinaryAgreement agreement, UnitizedAlpha unitized, List<Disagreement> disagreements) {

    public CodeAgreement {
        disagreements = List.copyOf(disagreements);
    }

    /** The code's values vary (see {@link PresenceCounts#hasVariation()}): it counts towards the overall means. */
    public boolean hasVariation() {
        return agreement.counts().hasVariation();
    }
}
