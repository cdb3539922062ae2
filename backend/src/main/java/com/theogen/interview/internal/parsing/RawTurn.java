package com.theogen.interview.internal.parsing;

import java.util.List;

/**
 * A turn read from a cue or turn format, before it is placed in the full text.
 *
 * @param speaker as found in the source, or {@code null}
 * @param segments the cues (or the one JSON turn) it is made of, in order
 */
record RawTurn(String speaker, List<Segment> segments) {

    /** One timed piece of text; times may be {@code null}. */
    record Segment(String text, Long startMs, Long endMs) {}
}
