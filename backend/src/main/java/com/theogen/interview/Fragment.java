package com.theogen.interview;

import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * A unit of talk, the thing codes and evidence point at. {@code text} equals
 * {@code fullText.substring(charStart, charEnd)} of its interview, exactly.
 *
 * @param ordinal 0-based position in the interview
 * @param speaker the speaker label, or {@code null} when the transcript names none for this passage
 * @param startMs start time in the recording when the source has timestamps, else {@code null}
 * @param endMs end time when known, else {@code null}
 */
public record Fragment(
        UUID id,
        UUID interviewId,
        UUID projectId,
        int ordinal,
        @Nullable String speaker,
        String text,
        int charStart,
        int charEnd,
        @Nullable Long startMs,
        @Nullable Long endMs) {}
