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
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

/**
 * The word lists and stemmer of one language: the stop set and light stemmer of that language's Lucene
 * analyzer (English, Spanish, French, German, Portuguese, Italian) plus our conversational additions, generic
 * "weak" nouns, the connectors allowed inside a noun phrase and the elided articles stripped from a word
 * ("l'école" is "école").
 */
final class LanguageProfile {

    private static final Map<Tongue, Pattern> VERB_ENDINGS = Map.of(
            Tongue.ES,
            Pattern.compile(
                    "(ar|er|ir|ando|iendo|aba|aban|amos|emos|imos|é|ó|í|an|en)(lo|la|los|las|le|les|me|te|se|nos)?$"),
            Tongue.EN,
            Pattern.compile("[^e]ed$"),
            Tongue.FR,
            Pattern.compile("([^i]er|ir|ait|aient|ions|iez)$"),
            Tongue.PT,
            Pattern.compile("(ar|er|ir|ando|endo|indo|ava|avam|aram|eram|iram)$"),
            Tongue.IT,
            Pattern.compile("(ere|ire|ando|endo|ava|avano|iamo)$"));
    private static final Map<Tongue, LanguageProfile> PROFILES = new EnumMap<>(Tongue.class);

    static {
        PROFILES.put(
                Tongue.ES,
                new LanguageProfile(
                        Tongue.ES,
                        SpanishAnalyzer.getDefaultStopSet(),
                        Set.of("de", "del"),
                        Set.of("la", "las", "los", "el")));
        PROFILES.put(
                Tongue.EN,
                new LanguageProfile(Tongue.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, Set.of("of"), Set.of()));
        PROFILES.put(
                Tongue.FR,
                new LanguageProfile(
                        Tongue.FR,
                        FrenchAnalyzer.getDefaultStopSet(),
                        Set.of("de", "du", "des", "à", "au", "aux"),
                        Set.of("la", "l", "les")));
        PROFILES.put(Tongue.DE, new LanguageProfile(Tongue.DE, GermanAnalyzer.getDefaultStopSet(), Set.of(), Set.of()));
        PROFILES.put(
                Tongue.PT,
                new LanguageProfile(
                        Tongue.PT,
                        PortugueseAnalyzer.getDefaultStopSet(),
                        Set.of("de", "do", "da", "dos", "das"),
                        Set.of()));
        PROFILES.put(
                Tongue.IT,
                new LanguageProfile(
                        Tongue.IT,
                        ItalianAnalyzer.getDefaultStopSet(),
                        Set.of("di", "del", "della", "dei", "degli", "delle", "da"),
                        Set.of()));
    }

    private final Tongue language;
    private final Set<String> elisions;
    private final Set<String> stopWords;
    private final Set<String> weakWords;
    private final Set<String> connectors;
    private final Set<String> connectorArticles;
    private final Set<String> nounMarkers;
    private final Set<String> verbMarkers;

    private LanguageProfile(
            Tongue language, CharArraySet luceneStopSet, Set<String> connectors, Set<String> connectorArticles) {
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
        this.elisions = markers.getOrDefault("elision", Set.of());
    }

    static LanguageProfile of(Language language) {
        return PROFILES.get(Tongue.of(language));
    }

    static LanguageProfile of(Tongue tongue) {
        return PROFILES.get(tongue);
    }

    Tongue language() {
        return language;
    }

    /**
     * Where the word proper starts in {@code lower}: after an elided article or pronoun ("l'", "qu'", "dell'"),
     * 0 when there is none.
     */
    int elidedPrefix(String lower) {
        int apostrophe = lower.indexOf('\'');
        if (apostrophe <= 0 || apostrophe == lower.length() - 1) {
            return 0;
        }
        return elisions.contains(lower.substring(0, apostrophe)) ? apostrophe + 1 : 0;
    }

    /**
     * Whether a capital in mid-sentence can mark a proper noun. Not in German, where every noun is capitalised.
     */
    boolean capitalsMarkProperNouns() {
        return language != Tongue.DE;
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
        Pattern ending = VERB_ENDINGS.get(language);
        return ending != null && ending.matcher(lower).find();
    }

    /**
     * A light stem used only to group variants (plurals, gender, accents); labels always keep the words
     * participants said.
     */
    String stem(String lower) {
        // As GermanAnalyzer's normalisation: umlauts folded (by fold) and "ß" written "ss".
        String folded = language == Tongue.DE ? fold(lower).replace("ß", "ss") : fold(lower);
        char[] chars = folded.toCharArray();
        int length;
        length = switch (language) {
            case ES -> chars.length >= 5 ? new SpanishLightStemmer().stem(chars, chars.length) : shortSpanish(chars);
            case EN -> new EnglishMinimalStemmer().stem(chars, chars.length);
            case FR -> new FrenchLightStemmer().stem(chars, chars.length);
            case DE -> new GermanLightStemmer().stem(chars, chars.length);
            case PT -> new PortugueseLightStemmer().stem(chars, chars.length);
            case IT -> new ItalianLightStemmer().stem(chars, chars.length);
        };
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
