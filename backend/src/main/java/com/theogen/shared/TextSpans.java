package com.theogen.shared;

/** Spans of a text as {@code [start, end)} offsets, the way fragments, sentences and quotes are addressed. */
public final class TextSpans {

    private TextSpans() {}

    /** {@code [start, end)} without leading and trailing whitespace (possibly empty), as {@code {start, end}}. */
    public static int[] trim(String text, int start, int end) {
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
