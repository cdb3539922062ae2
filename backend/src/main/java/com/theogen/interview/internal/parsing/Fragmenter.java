package com.theogen.interview.internal.parsing;

import com.theogen.shared.TextSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns to fragments: one fragment per turn; a turn longer than {@code maxChars} is cut at sentence ends (or line
 * breaks) into pieces of similar length, none longer than {@code maxChars}; a sentence longer than that is cut
 * at a space. Every fragment is trimmed and non-empty. Times come from the source passages containing the
 * fragment's first and last character.
 */
final class Fragmenter {

    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "sr", "sra", "srta", "dr", "dra", "lic", "ing", "prof", "etc", "ej", "pág", "núm", "aprox", "ud", "uds",
            "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "approx");

    private final int maxChars;

    Fragmenter(int maxChars) {
        this.maxChars = maxChars;
    }

    /** A fragment's place in the full text and its times. */
    record Piece(String speaker, int start, int end, Long startMs, Long endMs) {}

    List<Piece> split(Segmented segmented) {
        String text = segmented.fullText();
        List<Piece> pieces = new ArrayList<>();
        for (Turn turn : segmented.turns()) {
            for (int[] range : ranges(text, turn.start(), turn.end())) {
                pieces.add(new Piece(
                        turn.speaker(),
                        range[0],
                        range[1],
                        timeAt(turn, range[0], true),
                        timeAt(turn, range[1] - 1, false)));
            }
        }
        return pieces;
    }

    private List<int[]> ranges(String text, int start, int end) {
        List<int[]> result = new ArrayList<>();
        if (end - start <= maxChars) {
            result.add(new int[] {start, end});
            return result;
        }
        List<int[]> units = new ArrayList<>();
        for (int[] sentence : sentences(text, start, end)) {
            units.addAll(wordChunks(text, sentence[0], sentence[1]));
        }
        int total = end - start;
        int target = ceilDiv(total, ceilDiv(total, maxChars));
        int pieceStart = start;
        int pieceEnd = start;
        for (int[] unit : units) {
            if (pieceEnd > pieceStart && unit[1] - pieceStart > maxChars) {
                add(text, pieceStart, pieceEnd, result);
                pieceStart = unit[0];
            }
            pieceEnd = unit[1];
            if (pieceEnd - pieceStart >= target) {
                add(text, pieceStart, pieceEnd, result);
                pieceStart = pieceEnd;
            }
        }
        add(text, pieceStart, pieceEnd, result);
        return result;
    }

    private static void add(String text, int start, int end, List<int[]> result) {
        int[] trimmed = TextSpans.trim(text, start, end);
        if (trimmed[0] < trimmed[1]) {
            result.add(trimmed);
        }
    }

    /** Contiguous ranges covering {@code [start, end)}, each a sentence with its trailing whitespace. */
    static List<int[]> sentences(String text, int start, int end) {
        List<int[]> sentences = new ArrayList<>();
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int boundary = -1;
            if (c == '\n') {
                boundary = skipWhitespace(text, i, end);
            } else if (TERMINALS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < end && (TERMINALS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                if ((j == end || Character.isWhitespace(text.charAt(j))) && !(c == '.' && abbreviation(text, i))) {
                    boundary = skipWhitespace(text, j, end);
                }
                i = j - 1;
            }
            if (boundary > 0) {
                sentences.add(new int[] {sentenceStart, boundary});
                sentenceStart = boundary;
                i = boundary;
            } else {
                i++;
            }
        }
        if (sentenceStart < end) {
            sentences.add(new int[] {sentenceStart, end});
        }
        return sentences;
    }

    private List<int[]> wordChunks(String text, int start, int end) {
        List<int[]> chunks = new ArrayList<>();
        int from = start;
        while (end - from > maxChars) {
            int cut = text.lastIndexOf(' ', from + maxChars - 1) + 1;
            if (cut <= from) {
                cut = from + maxChars;
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            chunks.add(new int[] {from, cut});
            from = cut;
        }
        chunks.add(new int[] {from, end});
        return chunks;
    }

    private static boolean abbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)));
    }

    private static int skipWhitespace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Long timeAt(Turn turn, int index, boolean start) {
        for (Turn.TimedSpan span : turn.timings()) {
            if (index >= span.start() && index < span.end()) {
                return start ? span.startMs() : span.endMs();
            }
        }
        return null;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
