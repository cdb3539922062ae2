package com.theogen.coding;

import static com.theogen.shared.ErrorCategory.INVALID_INPUT;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Errors about the span a code application marks in its fragment (applying by hand, adjusting in review). */
@Category(INVALID_INPUT)
public enum SpanError implements ErrorCode {
    /** The span is not {@code 0 <= start < end <= fragment length}; the details give the length. */
    SPAN_OUTSIDE_FRAGMENT,
    /** Only one of {@code quote_start} and {@code quote_end} was given. */
    SPAN_INCOMPLETE,
    /** The span cuts a character (a surrogate pair) in two, or holds only white space. */
    SPAN_NOT_TEXT,
    /** The quote sent with a span is not the fragment's text at that span. */
    QUOTE_MISMATCH;
}
