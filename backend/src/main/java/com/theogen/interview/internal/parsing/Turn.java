package com.theogen.interview.internal.parsing;

import java.util.List;

/**
 * A speaker turn located in the full text.
 *
 * @param speaker label, or {@code null} for unattributed text
 * @param start first character of the spoken text (after the label)
 * @param end end (exclusive), trimmed
 * @param timings source passages (cues, timed turns) inside the turn with their times; empty when untimed
 */
record Turn(String speaker, int start, int end, List<TimedSpan> timings) {

    /** A timed source passage {@code [start, end)} of the full text. */
    record TimedSpan(int start, int end, Long startMs, Long endMs) {}
}
