package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate key phrases of one fragment: noun-phrase-like n-grams of one to {@link #MAX_WORDS} meaningful
 * words that never cross punctuation or a stop-word, begin and end with a meaningful word, and may contain
 * one connector group inside ("centro de día", "package of care"). A lone generic word ("día", "time") is
 * never a phrase, nor is a phrase made only of generic words.
 */
final class PhraseExtractor {

    static final int MAX_WORDS = 4;

    /** A phrase occurrence: tokens {@code [from, to]} of the fragment, chars {@code [start, end)}. */
    record Phrase(String key, List<String> stems, int from, int to, int start, int end) {

        int words() {
            return stems.size();
        }
    }

    private PhraseExtractor() {}

    static List<Phrase> extract(List<Token> tokens) {
        List<Phrase> phrases = new ArrayList<>();
        int runStart = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean breaks = i == tokens.size()
                    || tokens.get(i).kind() == Token.Kind.STOP
                    || tokens.get(i).boundaryBefore();
            if (breaks) {
                addRun(tokens, runStart, i, phrases);
                runStart = i < tokens.size() && tokens.get(i).kind() == Token.Kind.STOP ? i + 1 : i;
            }
        }
        return phrases;
    }

    private static void addRun(List<Token> tokens, int from, int to, List<Phrase> out) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).canEdgePhrase()) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            boolean hasContent = false;
            int connectorGroups = 0;
            for (int j = i; j < to; j++) {
                Token token = tokens.get(j);
                if (token.kind() == Token.Kind.CONNECTOR) {
                    if (tokens.get(j - 1).kind() != Token.Kind.CONNECTOR && ++connectorGroups > 1) {
                        break;
                    }
                    continue;
                }
                stems.add(token.stem());
                hasContent |= token.kind() == Token.Kind.CONTENT;
                if (stems.size() > MAX_WORDS) {
                    break;
                }
                if (hasContent) {
                    List<String> copy = List.copyOf(stems);
                    out.add(new Phrase(
                            String.join(" ", copy), copy, i, j, tokens.get(i).start(), token.end()));
                }
            }
        }
    }
}
