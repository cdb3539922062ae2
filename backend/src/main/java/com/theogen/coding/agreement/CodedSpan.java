package com.theogen.coding.agreement;

import java.util.Objects;
import java.util.UUID;

/**
 * One code application of one coder, as a character range {@code [start, end)} of the interview's full text
 * (not of a fragment). Build it from a stored application with {@link #inFragment}, or with
 * {@link #wholeFragment} when only the fragment is known.
 */
public record CodedSpan(UUID codeId, UUID interviewId, int start, int end) {

    public CodedSpan {
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(interviewId, "interviewId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end: [" + start + ", " + end + ")");
        }
    }

    /**
     * An application stored as a quote of a fragment: {@code quoteStart}/{@code quoteEnd} are offsets in the
     * fragment's text, which begins at {@code fragment.start()} of the interview.
     */
    public static CodedSpan inFragment(UUID codeId, FragmentUnit fragment, int quoteStart, int quoteEnd) {
        if (quoteStart < 0 || quoteEnd > fragment.length()) {
            throw new IllegalArgumentException("quote outside its fragment: [" + quoteStart + ", " + quoteEnd + ")");
        }
        return new CodedSpan(
                codeId, fragment.interviewId(), fragment.start() + quoteStart, fragment.start() + quoteEnd);
    }

    /** An application known only by its fragment: it covers the whole fragment. */
    public static CodedSpan wholeFragment(UUID codeId, FragmentUnit fragment) {
        return new CodedSpan(codeId, fragment.interviewId(), fragment.start(), fragment.end());
    }

    /** True when the span shares at least one character with the fragment (same interview). */
    public boolean overlaps(FragmentUnit fragment) {
        return interviewId.equals(fragment.interviewId()) && start < fragment.end() && fragment.start() < end;
    }
}
