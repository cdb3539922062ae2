package com.theogen.analyst.internal;

import com.theogen.shared.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;

/**
 * The word lists and stemmer of one language: Lucene's analyzer stop set plus our conversational
 * additions, generic "weak" nouns, and the connectors allowed inside a noun phrase.
 */
final class LanguageProfile {

    private static final Pattern SPANISH_VERB_ENDING = Pattern.compile(
            "(ar|er|ir|ando|iendo|aba|aban|amos|emos|imos|é|ó|í|an|en)(lo|la|los|las|le|les|me|te|se|nos)?$");
    private static final Pattern ENGLISH_VERB_ENDING = Pattern.compile("[^e]ed$");
    private static final Map<Language, LanguageProfile> PROFILES = new EnumMap<>(Language.class);

    static {
        PROFILES.put(
                Language.ES,
                new LanguageProfile(
                        Language.ES,
                        SpanishAnalyzer.getDefaultStopSet(),
                        Set.of("de", "del"),
                        Set.of("la", "las", "los", "el")));
        PROFILES.put(
                Language.EN,
                new LanguageProfile(Language.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, Set.of("of"), Set.of()));
    }

    private final Language language;
    private final Set<String> stopWords;
    private final Set<String> weakWords;
    private final Set<String> connectors;
    private final Set<String> connectorArticles;
    private final Set<String> nounMarkers;
    private final Set<String> verbMarkers;

    private LanguageProfile(
            Language language, CharArraySet luceneStopSet, Set<String> connectors, Set<String> connectorArticles) {
        this.language = language;
        Set<String> stops = new HashSet<>();
        luceneStopSet.forEach(word -> stops.add(word instanceof char[] chars ? new String(chars) : word.toString()));
        stops.addAll(readWords("stopwords." + language.code() + ".txt"));
        this.stopWords = Set.copyOf(stops);
        Set<String> weak = new HashSet<>(readWords("weak." + language.code() + ".txt"));
        new HashSet<>(weak).forEach(word -> weak.add(stem(word)));
        this.weakWords = Set.copyOf(weak);
        this.connectors = connectors;
        this.connectorArticles = connectorArticles;
        Map<String, Set<String>> markers = readSections("context." + language.code() + ".txt");
        this.nounMarkers = markers.getOrDefault("noun", Set.of());
        this.verbMarkers = markers.getOrDefault("verb", Set.of());
    }

    static LanguageProfile of(Language language) {
        return PROFILES.get(language);
    }

    Language language() {
        return language;
    }

    boolean isStopWord(String lower) {
        return stopWords.contains(lower);
    }

    /** Generic words, matched as written or by stem ("afternoons" is as weak as "afternoon"). */
    boolean isWeak(String lower, String stem) {
        return weakWords.contains(lower) || weakWords.contains(stem);
    }

    boolean isConnector(String lower) {
        return connectors.contains(lower);
    }

    /** "la" in "centro de la mujer": an article directly after a connector stays inside the phrase. */
    boolean isConnectorArticle(String lower) {
        return connectorArticles.contains(lower);
    }

    /** What a word right before another says about it: a determiner announces a noun, a pronoun a verb. */
    Token.Marker markerOf(String previousLower) {
        if (nounMarkers.contains(previousLower)) {
            return Token.Marker.NOUN;
        }
        return verbMarkers.contains(previousLower) ? Token.Marker.VERB : Token.Marker.NONE;
    }

    /**
     * Verb endings that are rarely nouns: in Spanish infinitives (alone or with a clitic), gerunds,
     * imperfect "-aba", accented preterites, third person plural "-an/-en"; in English the past "-ed".
     * Nouns with these endings ("un familiar", "el hogar", "la imagen") are rescued by their
     * determiners, see {@link WordUse}.
     */
    boolean looksLikeVerbForm(String lower) {
        if (lower.length() < 5) {
            return false;
        }
        Pattern ending = language == Language.ES ? SPANISH_VERB_ENDING : ENGLISH_VERB_ENDING;
        return ending.matcher(lower).find();
    }

    /**
     * A light stem used only to group variants (plurals, gender, accents); labels always keep the words
     * participants said.
     */
    String stem(String lower) {
        String folded = fold(lower);
        char[] chars = folded.toCharArray();
        int length;
        if (language == Language.ES) {
            length = chars.length >= 5 ? new SpanishLightStemmer().stem(chars, chars.length) : shortSpanish(chars);
        } else {
            length = new EnglishMinimalStemmer().stem(chars, chars.length);
        }
        return new String(chars, 0, length);
    }

    /** The Lucene light stemmer leaves words under five letters alone; "hijo"/"hijos" must still meet. */
    private static int shortSpanish(char[] chars) {
        int length = chars.length;
        if (length > 3 && chars[length - 1] == 's') {
            length--;
        }
        char last = chars[length - 1];
        if (length > 3 && (last == 'a' || last == 'o' || last == 'e')) {
            length--;
        }
        return length;
    }

    static String fold(String lower) {
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : readLines(resource)) {
            addWords(line, words);
        }
        return words;
    }

    /** Lines like {@code noun: the a an}: section name, then words. */
    private static Map<String, Set<String>> readSections(String resource) {
        Map<String, Set<String>> sections = new HashMap<>();
        for (String line : readLines(resource)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                Set<String> words = new HashSet<>();
                addWords(line.substring(colon + 1), words);
                sections.put(line.substring(0, colon).trim(), Set.copyOf(words));
            }
        }
        return sections;
    }

    private static void addWords(String line, Set<String> words) {
        for (String word : line.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Non-empty lines of a resource with {@code #} comments removed. */
    static List<String> readLines(String resource) {
        InputStream in = LanguageProfile.class.getResourceAsStream("/theogen/analyst/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing analyst resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
