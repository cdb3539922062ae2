package com.theogen.analyst.internal;

import com.theogen.analyst.Quote;
import com.theogen.shared.TextSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sentence spans of a fragment, used for verbatim quotes. A sentence ends after {@code . ! ? …} (and any
 * closing quotes or brackets right after) followed by whitespace, or at a line break. Sentences longer than {@link #LONG_SENTENCE} characters (transcripts
 * without punctuation) are narrowed to the clauses around the phrase so a quote stays readable.
 */
final class Sentences {

    static final int LONG_SENTENCE = 320;
    /** Closing quotes and brackets that belong to the sentence they end: {@code "Pilar, las pastillas."»}. */
    private static final String CLOSERS = "\"”»’')]";

    private static final int MIN_CLAUSE_WINDOW = 120;

    private Sentences() {}

    /** Trimmed sentence spans {@code [start, end)} of {@code text}, in order. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            boolean terminal = c == '.' || c == '!' || c == '?' || c == '…';
            int end = i + 1;
            while (terminal && end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            boolean atBreak = end == text.length() || Character.isWhitespace(text.charAt(end));
            if (lineBreak || (terminal && atBreak)) {
                addTrimmed(text, start, lineBreak ? i : end, spans);
                start = lineBreak ? i + 1 : end;
                i = start - 1;
            }
        }
        addTrimmed(text, start, text.length(), spans);
        return spans;
    }

    /** The verbatim quote for the words at {@code [from, to)}: their sentence, or clauses of a long one. */
    static Quote quoteAround(UUID fragmentId, String text, int from, int to) {
        int[] sentence = spans(text).stream()
                .filter(s -> s[0] <= from && to <= s[1])
                .findFirst()
                .orElse(new int[] {from, to});
        int[] span = sentence[1] - sentence[0] > LONG_SENTENCE ? clauseWindow(text, sentence, from, to) : sentence;
        return new Quote(fragmentId, text.substring(span[0], span[1]), span[0], span[1]);
    }

    private static int[] clauseWindow(String text, int[] sentence, int from, int to) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(sentence[0]);
        for (int i = sentence[0]; i < sentence[1]; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';' || c == ':' || c == '—') && i + 1 < sentence[1]) {
                cuts.add(i + 1);
            }
        }
        cuts.add(sentence[1]);
        int left = 0;
        while (left + 1 < cuts.size() && cuts.get(left + 1) <= from) {
            left++;
        }
        int right = cuts.size() - 1;
        while (right - 1 > left && cuts.get(right - 1) >= to) {
            right--;
        }
        while (cuts.get(right) - cuts.get(left) < MIN_CLAUSE_WINDOW) {
            boolean canRight = right + 1 < cuts.size() && cuts.get(right + 1) - cuts.get(left) <= LONG_SENTENCE;
            boolean canLeft = left > 0 && cuts.get(right) - cuts.get(left - 1) <= LONG_SENTENCE;
            if (canRight) {
                right++;
            } else if (canLeft) {
                left--;
            } else {
                break;
            }
        }
        int[] trimmed = TextSpans.trim(text, cuts.get(left), cuts.get(right));
        while (trimmed[1] > trimmed[0] && ",;:—".indexOf(text.charAt(trimmed[1] - 1)) >= 0) {
            trimmed = TextSpans.trim(text, trimmed[0], trimmed[1] - 1);
        }
        return trimmed[0] <= from && to <= trimmed[1] ? trimmed : new int[] {from, to};
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        int[] span = TextSpans.trim(text, start, end);
        if (span[1] > span[0]) {
            spans.add(span);
        }
    }
}
