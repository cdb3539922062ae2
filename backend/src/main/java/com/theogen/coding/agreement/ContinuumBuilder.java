package com.theogen.coding.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lays the compared fragments of each interview end to end (in transcript order) into one character continuum
 * per interview; characters outside compared fragments (interviewer turns left out, text between turns) are not
 * part of it.
 */
final class ContinuumBuilder {

    private static final class Parts {
        int length;
        final List<Span> a = new ArrayList<>();
        final List<Span> b = new ArrayList<>();
    }

    private final Map<UUID, Parts> byInterview = new LinkedHashMap<>();

    /** Appends a fragment with each coder's coverage in fragment coordinates. */
    void add(FragmentUnit fragment, List<Span> coverA, List<Span> coverB) {
        Parts parts = byInterview.computeIfAbsent(fragment.interviewId(), k -> new Parts());
        for (Span span : coverA) {
            parts.a.add(new Span(parts.length + span.start(), parts.length + span.end()));
        }
        for (Span span : coverB) {
            parts.b.add(new Span(parts.length + span.start(), parts.length + span.end()));
        }
        parts.length += fragment.length();
    }

    List<Continuum> build() {
        List<Continuum> continua = new ArrayList<>();
        for (Parts parts : byInterview.values()) {
            continua.add(new Continuum(parts.length, parts.a, parts.b));
        }
        return continua;
    }
}
