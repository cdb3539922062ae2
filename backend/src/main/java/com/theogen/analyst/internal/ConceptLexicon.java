package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everyday concepts in the six analysed languages ({@code concepts.txt}, ADR 050): what lets the analyst see that
 * "culpa" and "guilt", or "grupo de apoyo" and "support group", name one concept when a project mixes languages and
 * no multilingual embedding model is available (ADR 037). Entries are stemmed with each language's own analyzer, so
 * "hermanos" and "hermano" or "kids" and "kid" find the same concept.
 *
 * <p>A label's concepts: the whole label when it is a listed phrase ("lista de espera" → waiting list), else one
 * concept per word ("grupo de apoyo" → group + support, the same as "support group"). A word the lexicon does not
 * list stands for itself as written, accents ignored, so a word spelt the same in two languages ("WhatsApp",
 * "video") is one concept and any other unlisted word matches nothing in another language.
 */
final class ConceptLexicon {

    private static final ConceptLexicon INSTANCE = new ConceptLexicon();

    private final Map<Tongue, Map<String, String>> concepts = new EnumMap<>(Tongue.class);
    private final Map<Tongue, Map<String, String>> firstPhrase = new EnumMap<>(Tongue.class);

    private ConceptLexicon() {
        Tongue[] columns = {Tongue.EN, Tongue.ES, Tongue.FR, Tongue.DE, Tongue.PT, Tongue.IT};
        for (Tongue tongue : columns) {
            concepts.put(tongue, new HashMap<>());
            firstPhrase.put(tongue, new HashMap<>());
        }
        WordTokenizer tokenizer = new WordTokenizer();
        for (String line : LanguageProfile.readLines("concepts.txt")) {
            int colon = line.indexOf(':');
            String concept = line.substring(0, colon).trim();
            String[] fields = line.substring(colon + 1).split("\\|");
            for (int i = 0; i < columns.length && i < fields.length; i++) {
                for (String phrase : fields[i].split(",")) {
                    String key = key(phrase.trim(), columns[i], tokenizer);
                    if (!key.isEmpty()) {
                        concepts.get(columns[i]).putIfAbsent(key, concept);
                        firstPhrase.get(columns[i]).putIfAbsent(concept, phrase.trim());
                    }
                }
            }
        }
    }

    static ConceptLexicon get() {
        return INSTANCE;
    }

    /** The concepts a code label names in its language; empty for a label with no word. */
    Set<String> conceptsOf(String label, Tongue tongue) {
        Map<String, String> lexicon = concepts.get(tongue);
        WordTokenizer tokenizer = new WordTokenizer();
        List<Token> words = words(label, tongue, tokenizer);
        Set<String> result = new HashSet<>();
        String whole = lexicon.get(join(words));
        if (whole != null) {
            result.add(whole);
            return result;
        }
        for (Token word : words) {
            String concept = lexicon.get(word.stem());
            result.add(concept != null ? concept : "=" + LanguageProfile.fold(word.lower()));
        }
        return result;
    }

    /**
     * The label said in another language, when the lexicon knows it as one concept ("money" → "dinero", "care home"
     * → "residencia"): the concept's first listed phrase in that language. Empty for a label of several concepts or
     * of words the lexicon does not list: a phrase is never translated word by word.
     */
    Optional<String> translate(String label, Tongue from, Tongue to) {
        Set<String> named = conceptsOf(label, from);
        if (named.size() != 1 || named.iterator().next().startsWith("=")) {
            return Optional.empty();
        }
        return Optional.ofNullable(firstPhrase.get(to).get(named.iterator().next()));
    }

    /**
     * How far two labels of different languages name the same concepts: the Jaccard index of their concept sets, 1
     * for translations ("culpa" / "guilt"), 0 when they share none.
     */
    double overlap(String label, Tongue tongue, String otherLabel, Tongue otherTongue) {
        return overlap(conceptsOf(label, tongue), conceptsOf(otherLabel, otherTongue));
    }

    /** The Jaccard index of two labels' concept sets ({@link #conceptsOf}). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static String key(String phrase, Tongue tongue, WordTokenizer tokenizer) {
        return join(words(phrase.toLowerCase(Locale.ROOT), tongue, tokenizer));
    }

    private static List<Token> words(String text, Tongue tongue, WordTokenizer tokenizer) {
        List<Token> words = new ArrayList<>();
        for (Token token : tokenizer.tokenize(text, LanguageProfile.of(tongue), Set.of())) {
            if (token.kind() != Token.Kind.CONNECTOR) {
                words.add(token);
            }
        }
        return words;
    }

    private static String join(List<Token> words) {
        return String.join(" ", words.stream().map(Token::stem).toList());
    }
}
