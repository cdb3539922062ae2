package com.theogen.analyst.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How each word form is used across the project, standing in for a part-of-speech tagger: a form seen
 * after subject pronouns, clitics or negation more often than after determiners is used as a verb
 * ("cuido", "lived"), and a phrase starting with it is an action, not a concept. A single occurrence is
 * judged by its own left neighbour first ("la ayuda" is a noun even though "me ayuda" is a verb). A form
 * that is capitalised mid-sentence and rarely written in lower case is a proper noun (a person, a town):
 * it identifies participants rather than naming a concept.
 */
final class WordUse {

    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, int[]> casings = new HashMap<>();

    void observe(Tongue language, Token token) {
        if (token.kind() == Token.Kind.STOP) {
            return;
        }
        String key = language.code() + "|" + token.lower();
        if (token.casing() != Token.Casing.OTHER) {
            casings.computeIfAbsent(key, k -> new int[2])[token.casing() == Token.Casing.LOWER ? 0 : 1]++;
        }
        if (token.previous() != Token.Marker.NONE) {
            counts.computeIfAbsent(key, k -> new int[2])[token.previous() == Token.Marker.NOUN ? 0 : 1]++;
        }
    }

    boolean properNoun(Tongue language, Token token) {
        if (!LanguageProfile.of(language).capitalsMarkProperNouns()) {
            return false;
        }
        int[] lowerTitle = casings.getOrDefault(language.code() + "|" + token.lower(), new int[2]);
        return lowerTitle[1] > 0 && 4 * lowerTitle[0] < lowerTitle[1];
    }

    /** True when this occurrence of the word is (most likely) a verb. */
    boolean verbal(Tongue language, Token token) {
        if (token.previous() == Token.Marker.VERB) {
            return true;
        }
        if (token.previous() == Token.Marker.NOUN) {
            return false;
        }
        return verbForm(language, token);
    }

    /**
     * True when the word form is mostly a verb across the project, whatever its neighbour here: used for
     * the last word of a phrase, whose left neighbour is the phrase itself ("night shifts mattered").
     */
    boolean verbForm(Tongue language, Token token) {
        int[] nounVerb = counts.getOrDefault(language.code() + "|" + token.lower(), new int[2]);
        if (nounVerb[0] > nounVerb[1]) {
            return false;
        }
        return nounVerb[1] > 0 || LanguageProfile.of(language).looksLikeVerbForm(token.lower());
    }
}
