package com.theogen.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes evidence quotes with stable fragment ids and plausible, non-overlapping offsets per interview. */
final class FixtureQuotes {

    private final Map<String, Integer> cursor = new HashMap<>();
    private int fragments;

    EvidenceQuote q(String interview, String speaker, String text) {
        int start = cursor.getOrDefault(interview, 120);
        int end = start + text.length();
        cursor.put(interview, end + 211);
        fragments++;
        String id = "frag-" + interview.substring(0, 3).toLowerCase(java.util.Locale.ROOT) + "-"
                + String.format("%04d", fragments);
        // every interview gets an id (links); interviews whose label ends in an odd digit come from a recording
        UUID interviewId = UUID.nameUUIDFromBytes(interview.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        boolean timed = Character.isDigit(interview.charAt(2)) && (interview.charAt(2) - '0') % 2 == 1;
        Long startMs = timed ? 600_000L + fragments * 47_250L : null;
        return new EvidenceQuote(
                id,
                interview,
                speaker,
                text,
                start,
                end,
                interviewId.toString(),
                7,
                startMs,
                timed ? startMs + 30_000 : null);
    }

    static ParadigmItem item(String statement, EvidenceQuote... evidence) {
        return new ParadigmItem(statement, List.of(evidence));
    }

    static Consequence consequence(String statement, ConsequenceType type, Horizon horizon, EvidenceQuote... evidence) {
        return new Consequence(statement, type, horizon, List.of(evidence));
    }

    static Proposition proposition(String id, String text, EvidenceQuote... evidence) {
        return new Proposition(id, text, List.of(evidence));
    }
}
