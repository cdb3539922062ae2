package com.theogen.export;

import java.util.Objects;

/**
 * One step of the theoretical sampling plan.
 *
 * @param target who or what to sample next
 * @param rationale why: which gap or category it would fill
 */
public record SamplingStep(String target, String rationale) {

    public SamplingStep {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rationale, "rationale");
    }
}
