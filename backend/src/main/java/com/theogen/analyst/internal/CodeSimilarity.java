package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pairwise similarity of codes for axial grouping (ADR 007): the mean of two cosines. One compares
 * co-occurrence profiles — for each other code, in how many fragments it is applied together with this
 * one (the diagonal holds the code's own fragment count, so codes applied together are close). The other
 * compares TF-IDF vectors of the words of the sentences that mention each code in the fragments it is
 * applied to (a code's "document" is its evidence text; IDF is over codes). No embedding model is used: the bundled one is English-only.
 */
final class CodeSimilarity {

    static final double CO_OCCURRENCE_WEIGHT = 0.5;

    private CodeSimilarity() {}

    static double[][] matrix(List<AxialCode> codes, List<AnalystFragment> fragments) {
        int n = codes.size();
        List<Set<UUID>> fragmentSets = codes.stream()
                .map(c -> (Set<UUID>) new HashSet<>(c.fragmentIds()))
                .toList();
        double[][] coOccurrence = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                Set<UUID> shared = new HashSet<>(fragmentSets.get(i));
                shared.retainAll(fragmentSets.get(j));
                coOccurrence[i][j] = shared.size();
                coOccurrence[j][i] = shared.size();
            }
        }
        List<Map<String, Double>> text = textVectors(codes, fragments);
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value = i == j
                        ? 1
                        : CO_OCCURRENCE_WEIGHT * Vectors.cosine(coOccurrence[i], coOccurrence[j])
                                + (1 - CO_OCCURRENCE_WEIGHT) * Vectors.cosine(text.get(i), text.get(j));
                similarity[i][j] = value;
                similarity[j][i] = value;
            }
        }
        return similarity;
    }

    private static List<Map<String, Double>> textVectors(List<AxialCode> codes, List<AnalystFragment> fragments) {
        Map<UUID, AnalystFragment> byId = new HashMap<>();
        fragments.forEach(f -> byId.put(f.fragmentId(), f));
        WordTokenizer tokenizer = new WordTokenizer();
        Map<UUID, Tongue> tongues = InterviewLanguages.detect(fragments);
        Map<UUID, List<Map<String, Integer>>> sentenceWords = new HashMap<>();
        List<Map<String, Double>> termFrequencies = new ArrayList<>();
        for (AxialCode code : codes) {
            Map<Tongue, Set<String>> labelWords = new EnumMap<>(Tongue.class);
            Map<String, Double> tf = new HashMap<>();
            for (UUID fragmentId : code.fragmentIds()) {
                AnalystFragment fragment = byId.get(fragmentId);
                if (fragment != null) {
                    Tongue tongue = tongues.getOrDefault(fragment.interviewId(), Tongue.of(fragment.language()));
                    List<Map<String, Integer>> sentences =
                            sentenceWords.computeIfAbsent(fragmentId, id -> sentenceWords(fragment, tongue, tokenizer));
                    Set<String> label = labelWords.computeIfAbsent(
                            tongue, language -> labelWords(code.label(), language, tokenizer));
                    evidence(label, sentences)
                            .forEach(words -> words.forEach((w, c) -> tf.merge(w, (double) c, Double::sum)));
                }
            }
            termFrequencies.add(tf);
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        termFrequencies.forEach(tf -> tf.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        double documents = codes.size();
        return termFrequencies.stream()
                .map(tf -> {
                    Map<String, Double> weighted = new HashMap<>();
                    tf.forEach(
                            (w, c) -> weighted.put(w, Math.log1p(c) * Math.log(documents / documentFrequency.get(w))));
                    return weighted;
                })
                .toList();
    }

    /**
     * The sentences of a fragment that mention the code's label: what the code is about there, rather than
     * the whole turn (long turns would make codes similar merely for sharing a speaker). A code whose label
     * is not in the fragment (a human code) takes the whole fragment.
     */
    private static List<Map<String, Integer>> evidence(Set<String> labelWords, List<Map<String, Integer>> sentences) {
        List<Map<String, Integer>> mentioning = sentences.stream()
                .filter(words -> words.keySet().stream().anyMatch(labelWords::contains))
                .toList();
        return mentioning.isEmpty() ? sentences : mentioning;
    }

    private static Set<String> labelWords(String label, Tongue language, WordTokenizer tokenizer) {
        Set<String> words = new HashSet<>();
        for (Token token : tokenizer.tokenize(label, LanguageProfile.of(language), Set.of())) {
            if (token.canEdgePhrase()) {
                words.add(language.code() + "|" + token.stem());
            }
        }
        return words;
    }

    private static List<Map<String, Integer>> sentenceWords(
            AnalystFragment fragment, Tongue tongue, WordTokenizer tokenizer) {
        List<Map<String, Integer>> sentences = new ArrayList<>();
        for (int[] span : Sentences.spans(fragment.text())) {
            AnalystFragment sentence = new AnalystFragment(
                    fragment.fragmentId(),
                    fragment.interviewId(),
                    fragment.speaker(),
                    fragment.interviewer(),
                    fragment.language(),
                    fragment.text().substring(span[0], span[1]));
            sentences.add(words(sentence, tongue, tokenizer));
        }
        return sentences;
    }

    private static Map<String, Integer> words(AnalystFragment fragment, Tongue tongue, WordTokenizer tokenizer) {
        Map<String, Integer> counts = new HashMap<>();
        LanguageProfile profile = LanguageProfile.of(tongue);
        for (Token token : tokenizer.tokenize(fragment.text(), profile, Set.of())) {
            if (token.canEdgePhrase()) {
                counts.merge(tongue.code() + "|" + token.stem(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
