package com.theogen.interview.internal.parsing;

/** Index helpers over a text. */
final class Spans {

    private Spans() {}

    /** {@code [start, end)} without leading and trailing whitespace (possibly empty). */
    static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
