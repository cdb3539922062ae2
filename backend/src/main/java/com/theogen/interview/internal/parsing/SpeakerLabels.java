package com.theogen.interview.internal.parsing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels at the start of a line or cue: {@code Interviewer 1:}, {@code Entrevistado:}, {@code P1:},
 * {@code I:}, {@code Dra. Gómez:}, optionally preceded by a timestamp ({@code [00:12:03] P1:}) or followed by one
 * ({@code P1 (12:03):}). A candidate counts as a speaker when the same label starts at least two lines of the
 * document, or when it is a known role (interviewer, entrevistadora, participant, moderator, a letter with an
 * optional number …) inside the dialogue. One-off headers such as {@code Fecha: 3 de mayo} stay in the text.
 */
final class SpeakerLabels {

    private static final String TIME = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
    private static final Pattern LABEL = Pattern.compile("(?:[\\[(]?(?<ts>" + TIME + ")[\\])]?\\s?(?:[-–—]\\s?)?)?"
            + "(?<label>\\p{L}[\\p{L}\\p{M}\\p{N}'’. ()\\-]{0,40}?)"
            + " ?(?:[\\[(](?<ts2>" + TIME + ")[\\])])?"
            + " ?:(?!//)(?: |$)");
    private static final Pattern KNOWN_ROLE = Pattern.compile("(?iu)(?:interviewer|interviewee|entrevistador|"
            + "entrevistadora|entrevistado|entrevistada|participant|participante|respondent|respondente|moderator|"
            + "moderador|moderadora|facilitator|facilitador|facilitadora|investigador|investigadora|researcher|"
            + "informant|informante|speaker|hablante|orador|oradora|int|ent|entr|resp|part|mod|inv|\\p{L})"
            + "(?:\\s?[-#]?\\s?\\d{1,3})?(?: \\([^)]{1,20}\\))?");
    private static final int MAX_WORDS = 4;

    private SpeakerLabels() {}

    /**
     * A label candidate at the start of {@code text[from, to)}.
     *
     * @param label the label as written, spaces collapsed
     * @param textStart absolute index where the spoken text begins ({@code to} when the label ends the line)
     * @param startMs a timestamp written with the label, else {@code null}
     */
    record Candidate(String label, int textStart, Long startMs) {

        String key() {
            return SpeakerLabels.key(label);
        }
    }

    static Optional<Candidate> candidate(String text, int from, int to) {
        Matcher m = LABEL.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String label = m.group("label").strip();
        if (label.isEmpty() || label.split(" ").length > MAX_WORDS || !Character.isLetter(label.codePointAt(0))) {
            return Optional.empty();
        }
        String time = m.group("ts") != null ? m.group("ts") : m.group("ts2");
        int textStart = Math.min(m.end(), to);
        return Optional.of(new Candidate(label, textStart, time == null ? null : Timestamps.parseMillis(time)));
    }

    static boolean isKnownRole(String label) {
        return KNOWN_ROLE.matcher(label).matches();
    }

    static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    /**
     * Keys of the candidates (in document order) that count as speakers: labels seen at least twice, and known
     * roles seen once inside the dialogue, that is after the first repeated label; so header lines such as
     * {@code Entrevistadora: Ana} above a dialogue between {@code E:} and {@code P:} stay text. Without any
     * repeated label, every known role counts.
     */
    static Set<String> accepted(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        candidates.forEach(c -> counts.merge(c.key(), 1, Integer::sum));
        int dialogueStart = candidates.size();
        for (int i = 0; i < candidates.size(); i++) {
            if (counts.get(candidates.get(i).key()) >= 2) {
                dialogueStart = i;
                break;
            }
        }
        boolean dialogue = dialogueStart < candidates.size();
        Set<String> accepted = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (counts.get(c.key()) >= 2 || (isKnownRole(c.label()) && (!dialogue || i > dialogueStart))) {
                accepted.add(c.key());
            }
        }
        return accepted;
    }
}
