package com.theogen.interview;

import java.util.Arrays;

/**
 * Carries positions in a raw text onto the normalised full text made from it (see {@link InterviewDetail}):
 * normalisation drops characters (control and invisible ones, extra spaces and line breaks) and composes others,
 * so a raw range maps onto the smallest normalised range holding everything that survived of it. Positions are
 * UTF-16 units on both sides.
 */
public final class TextOffsets {

    private final int[] origin;
    private final int rawLength;

    /**
     * @param origin for each UTF-16 unit of the normalised text, the raw index it came from (never decreasing)
     * @param rawLength length of the raw text
     */
    public TextOffsets(int[] origin, int rawLength) {
        this.origin = origin.clone();
        this.rawLength = rawLength;
    }

    /** The length of the raw text. */
    public int rawLength() {
        return rawLength;
    }

    /** Where a range starting at raw {@code rawStart} starts in the normalised text: the first unit kept from there on. */
    public int start(int rawStart) {
        int lo = 0;
        int hi = origin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < rawStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where a range ending (exclusively) at raw {@code rawEnd} ends in the normalised text. */
    public int end(int rawEnd) {
        return start(rawEnd);
    }

    @Override
    public String toString() {
        return "TextOffsets[normalised=" + origin.length + ", raw=" + rawLength + ", head="
                + Arrays.toString(Arrays.copyOf(origin, Math.min(8, origin.length))) + "]";
    }
}
