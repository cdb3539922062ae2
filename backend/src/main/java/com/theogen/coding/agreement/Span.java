package com.theogen.coding.agreement;

/** A half-open character range {@code [start, end)}, {@code 0 <= start < end}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the two ranges share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
