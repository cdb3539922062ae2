package com.theogen.coding.agreement;

import java.util.List;

/**
 * One continuous stretch of text (an interview's compared characters) and where each of two coders marked one
 * code in it. Coordinates are relative to the continuum: {@code [0, length)}. A coder's spans may overlap or
 * touch; they are merged first (a character either carries the code or not), so the units of α_u are the
 * maximal runs of coded characters and the gaps the runs between them.
 *
 * @param length number of characters, {@code >= 0}
 * @param a coder A's spans, each inside {@code [0, length)}
 * @param b coder B's spans, each inside {@code [0, length)}
 */
public record Continuum(int length, List<Span> a, List<Span> b) {

    public Continuum {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        a = List.copyOf(a);
        b = List.copyOf(b);
        for (Span span : a) {
            inside(span, length);
        }
        for (Span span : b) {
            inside(span, length);
        }
    }

    private static void inside(Span span, int length) {
        if (span.end() > length) {
            throw new IllegalArgumentException("span " + span + " outside a continuum of length " + length);
        }
    }
}
