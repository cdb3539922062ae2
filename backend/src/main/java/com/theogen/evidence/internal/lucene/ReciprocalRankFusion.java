package com.theogen.evidence.internal.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a document's fused score is the sum over
 * the ranked lists that contain it of {@code 1 / (K + rank)}, rank starting at 1.
 *
 * <p>Why RRF: BM25 scores are unbounded and corpus-dependent while cosine similarities lie in [-1, 1]; RRF
 * uses only ranks, so the two lists need no score normalisation. Why {@code K = 60}: the value proposed and
 * tested in that paper; it damps the weight of the very first ranks so that a document ranked well by both
 * lists beats one ranked first by only one, and it is robust without per-corpus tuning.
 */
final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {}

    /**
     * Fuses ranked lists of keys (best first). Ties are broken by the key's first appearance across the lists
     * in argument order, so the result is deterministic.
     */
    @SafeVarargs
    static <T> List<Map.Entry<T, Double>> fuse(List<T>... rankings) {
        Map<T, Double> scores = new LinkedHashMap<>();
        for (List<T> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), 1.0 / (K + i + 1), Double::sum);
            }
        }
        List<Map.Entry<T, Double>> fused = new ArrayList<>(scores.entrySet());
        // List.sort is stable: equal scores keep first-appearance order.
        fused.sort(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder()));
        return fused;
    }
}
