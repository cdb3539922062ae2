package com.theogen.analyst.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
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
 * compares TF-IDF vectors of the words of the fragments each code is applied to (a code's "document" is
 * its evidence text; IDF is over codes). No embedding model is used: the bundled one is English-only.
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
        Map<UUID, Map<String, Integer>> wordsByFragment = new HashMap<>();
        List<Map<String, Double>> termFrequencies = codes.stream()
                .map(code -> {
                    Map<String, Double> tf = new HashMap<>();
                    for (UUID fragmentId : code.fragmentIds()) {
                        AnalystFragment fragment = byId.get(fragmentId);
                        if (fragment != null) {
                            wordsByFragment
                                    .computeIfAbsent(fragmentId, id -> words(fragment, tokenizer))
                                    .forEach((w, c) -> tf.merge(w, (double) c, Double::sum));
                        }
                    }
                    return tf;
                })
                .toList();
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

    private static Map<String, Integer> words(AnalystFragment fragment, WordTokenizer tokenizer) {
        Map<String, Integer> counts = new HashMap<>();
        LanguageProfile profile = LanguageProfile.of(fragment.language());
        for (Token token : tokenizer.tokenize(fragment.text(), profile, Set.of())) {
            if (token.kind() == Token.Kind.CONTENT) {
                counts.merge(fragment.language().code() + "|" + token.stem(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
