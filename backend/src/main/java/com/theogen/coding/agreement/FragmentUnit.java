package com.theogen.coding.agreement;

import java.util.Objects;
import java.util.UUID;

/**
 * A fragment (speaker turn) as a unit of comparison: its character range {@code [start, end)} in its interview's
 * full text. Fragments of one interview must not overlap.
 *
 * @param interviewerTurn a question of the interviewer: left out of a comparison unless it asks for them
 */
public record FragmentUnit(UUID fragmentId, UUID interviewId, int start, int end, boolean interviewerTurn) {

    public FragmentUnit {
        Objects.requireNonNull(fragmentId, "fragmentId");
        Objects.requireNonNull(interviewId, "interviewId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a fragment needs 0 <= start < end: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
