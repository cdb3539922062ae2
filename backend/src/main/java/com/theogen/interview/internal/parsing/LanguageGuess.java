package com.theogen.interview.internal.parsing;

import com.theogen.shared.Language;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish or English by counting frequent function words that exist in only one of the two languages. Empty
 * when neither is evident (too little text, or another language).
 */
final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> SPANISH = Set.of(
            "el", "la", "los", "las", "que", "de", "del", "y", "en", "por", "para", "con", "una", "es", "pero", "como",
            "más", "muy", "porque", "también", "eso", "esto", "yo", "nos", "su", "sus", "lo", "se", "cuando", "hay",
            "está", "pues", "sí", "bueno");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "you", "they", "this", "but", "what",
            "have", "be", "are", "we", "my", "just", "because", "there", "would", "about", "when", "do", "if", "so",
            "yes", "well");
    private static final int MIN_HITS = 5;

    private LanguageGuess() {}

    static Language guess(String text) {
        int spanish = 0;
        int english = 0;
        Matcher words = WORD.matcher(text);
        int seen = 0;
        while (words.find() && seen < 5000) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (SPANISH.contains(word)) {
                spanish++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
            seen++;
        }
        if (Math.max(spanish, english) < MIN_HITS || spanish == english) {
            return null;
        }
        return spanish > english ? Language.ES : Language.EN;
    }
}
