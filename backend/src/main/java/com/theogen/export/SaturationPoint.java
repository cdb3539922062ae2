package com.theogen.export;

import java.util.Objects;

/**
 * One point of the saturation curve: what an interview added to the codebook.
 *
 * @param interviewIndex 1-based position of the interview in analysis order
 * @param interviewLabel the interview's label
 * @param newCodes codes first seen in this interview
 * @param cumulativeCodes distinct codes seen up to and including this interview
 */
public record SaturationPoint(int interviewIndex, String interviewLabel, int newCodes, int cumulativeCodes) {

    public SaturationPoint {
        Objects.requireNonNull(interviewLabel, "interviewLabel");
    }
}
