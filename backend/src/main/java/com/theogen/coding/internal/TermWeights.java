package com.theogen.coding.internal;

import com.theogen.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF term vectors over a collection of texts, with the language's Lucene analyser (stop words and stemming, as
 * the evidence index uses for BM25). Inverse document frequency is smoothed: ln(1 + N / (1 + df)).
 */
final class TermWeights {

    private static final Analyzer SPANISH = new SpanishAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private final Language language;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TermWeights(Language language, List<String> collection) {
        this.language = language;
        this.documents = collection.size();
        for (String text : collection) {
            new HashSet<>(terms(language, text)).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
    }

    /** The text's terms weighted by term frequency × inverse document frequency. */
    Map<String, Double> vector(String text) {
        Map<String, Double> vector = new HashMap<>();
        for (String term : terms(language, text)) {
            double idf = Math.log(1 + (double) documents / (1 + documentFrequency.getOrDefault(term, 0)));
            vector.merge(term, idf, Double::sum);
        }
        return vector;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double value : vector.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** The analysed terms of a text, in order, repeated as they occur. */
    static List<String> terms(Language language, String text) {
        List<String> terms = new ArrayList<>();
        Analyzer analyzer = language == Language.ES ? SPANISH : ENGLISH;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return terms;
    }
}
