package com.theogen.coding;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Errors about the span a code application marks in its fragment (applying by hand, adjusting in review). */
public enum SpanError implements ErrorCode {
    /** The span is not {@code 0 <= start < end <= fragment length}; the details give the length. */
    SPAN_OUTSIDE_FRAGMENT(ErrorCategory.INVALID_INPUT),
    /** Only one of {@code quote_start} and {@code quote_end} was given. */
    SPAN_INCOMPLETE(ErrorCategory.INVALID_INPUT),
    /** The span cuts a character (a surrogate pair) in two, or holds only white space. */
    SPAN_NOT_TEXT(ErrorCategory.INVALID_INPUT),
    /** The quote sent with a span is not the fragment's text at that span. */
    QUOTE_MISMATCH(ErrorCategory.INVALID_INPUT);

    private final ErrorCategory category;

    SpanError(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
