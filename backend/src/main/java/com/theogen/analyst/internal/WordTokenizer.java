package com.theogen.analyst.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits text into words with Lucene's Unicode (UAX#29) tokenizer, keeping exact offsets, and marks
 * where punctuation separates words so phrases never cross it. Not thread-safe: one per analysis run.
 */
final class WordTokenizer {

    private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);

    /**
     * @param extraStops lower-cased words to treat as stop-words in this run (speaker labels)
     */
    List<Token> tokenize(String text, LanguageProfile profile, Set<String> extraStops) {
        List<Token> tokens = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int previousEnd = -1;
            String previousLower = null;
            while (tokenizer.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                String lower = term.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
                boolean boundary = previousEnd < 0 || separates(text, previousEnd, start);
                int elided = profile.elidedPrefix(lower);
                String elidedWord = elided > 0 ? lower.substring(0, elided - 1) : null;
                if (elided > 0) {
                    lower = lower.substring(elided);
                    start += elided;
                }
                if (lower.endsWith("'s") && !profile.isStopWord(lower)) {
                    lower = lower.substring(0, lower.length() - 2);
                    end -= 2;
                }
                Token.Kind kind = kindOf(lower, profile, extraStops, boundary ? null : previousLower);
                String stem = kind == Token.Kind.STOP ? lower : profile.stem(lower);
                Token.Marker marker = elidedWord != null
                        ? profile.markerOf(elidedWord)
                        : boundary ? Token.Marker.NONE : profile.markerOf(previousLower);
                boolean sentenceStart = previousEnd < 0 || startsSentence(text, previousEnd, start);
                Token.Casing casing = casing(text.substring(start, end), sentenceStart);
                tokens.add(new Token(start, end, lower, stem, kind, boundary, marker, casing));
                previousEnd = offset.endOffset();
                previousLower = lower;
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly();
        }
        return tokens;
    }

    private Token.Kind kindOf(String lower, LanguageProfile profile, Set<String> extraStops, String previous) {
        if (ALPHANUM.equals(type.type()) && profile.isConnector(lower)) {
            return Token.Kind.CONNECTOR;
        }
        if (!ALPHANUM.equals(type.type()) || !isWord(lower) || isTranscriptNote(lower)) {
            return Token.Kind.STOP;
        }
        if (previous != null && profile.isConnector(previous) && profile.isConnectorArticle(lower)) {
            return Token.Kind.CONNECTOR;
        }
        if (profile.isStopWord(lower) || extraStops.contains(lower)) {
            return Token.Kind.STOP;
        }
        return profile.isWeak(lower, profile.stem(lower)) ? Token.Kind.WEAK : Token.Kind.CONTENT;
    }

    /**
     * Transcriber's notes and redactions are not what a participant said: runs of {@code X} that replace
     * anonymised words ("XXX XX") and the usual bracketed notes ("[unintelligible]", "[inaudible]",
     * "[crosstalk]", "(risas)").
     */
    static boolean isTranscriptNote(String lower) {
        return TRANSCRIPT_NOTES.contains(lower) || lower.chars().allMatch(c -> c == 'x');
    }

    private static final Set<String> TRANSCRIPT_NOTES = Set.of(
            "unintelligible",
            "inaudible",
            "indistinct",
            "crosstalk",
            "laughs",
            "laughter",
            "ininteligible",
            "risas",
            "incomprensible",
            "inaudibles");

    /** Words have at least two letters and no digits ("p1", "2019" and "x" are not words). */
    private static boolean isWord(String lower) {
        int letters = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Anything but spaces or a single in-word hyphen between two words breaks a phrase. */
    private static boolean separates(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?¿¡:;\"“«(\n".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Token.Casing casing(String word, boolean sentenceStart) {
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return Token.Casing.LOWER;
        }
        boolean title = Character.isUpperCase(word.charAt(0))
                && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
        return title && !sentenceStart ? Token.Casing.TITLE : Token.Casing.OTHER;
    }

    private void closeQuietly() {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
