package com.theogen.analyst.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collocation statistics standing in for a chunker: which adjacent meaningful words of a language go together
 * more often than chance. Two words are adjacent when only a connector group lies between them ("turnos de
 * noche"), never across a stop-word or punctuation. A pair is a collocation when it occurs at least twice,
 * more often than the product of its words' frequencies predicts, and Dunning's log-likelihood ratio G² of its
 * 2×2 contingency table is at least {@link #MIN_LOG_LIKELIHOOD} (p &lt; 0.05 for one degree of freedom: interview projects are small, and a stricter level would reject every phrase of a handful of interviews).
 */
final class Collocations {

    static final double MIN_LOG_LIKELIHOOD = 3.84;

    private final Map<Tongue, Map<String, Integer>> words = new EnumMap<>(Tongue.class);
    private final Map<Tongue, Map<String, Integer>> pairs = new EnumMap<>(Tongue.class);
    private final Map<Tongue, Integer> totals = new EnumMap<>(Tongue.class);

    void observe(Tongue tongue, List<Token> tokens) {
        Map<String, Integer> wordCounts = words.computeIfAbsent(tongue, t -> new HashMap<>());
        Map<String, Integer> pairCounts = pairs.computeIfAbsent(tongue, t -> new HashMap<>());
        String previous = null;
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.STOP || token.boundaryBefore()) {
                previous = null;
            }
            if (!token.canEdgePhrase()) {
                continue;
            }
            wordCounts.merge(token.stem(), 1, Integer::sum);
            totals.merge(tongue, 1, Integer::sum);
            if (previous != null) {
                pairCounts.merge(previous + " " + token.stem(), 1, Integer::sum);
            }
            previous = token.stem();
        }
    }

    /** True when every adjacent pair of {@code stems} is a collocation; false for a single word. */
    boolean collocation(Tongue tongue, List<String> stems) {
        if (stems.size() < 2) {
            return false;
        }
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (logLikelihood(tongue, stems.get(i), stems.get(i + 1)) < MIN_LOG_LIKELIHOOD) {
                return false;
            }
        }
        return true;
    }

    /** G² of the pair (0 when it occurs fewer than twice or less often than chance predicts). */
    double logLikelihood(Tongue tongue, String first, String second) {
        double n = totals.getOrDefault(tongue, 0);
        double both = pairs.getOrDefault(tongue, Map.of()).getOrDefault(first + " " + second, 0);
        double a = words.getOrDefault(tongue, Map.of()).getOrDefault(first, 0);
        double b = words.getOrDefault(tongue, Map.of()).getOrDefault(second, 0);
        if (both < 2 || n == 0 || both * n <= a * b) {
            return 0;
        }
        double k12 = Math.max(0, a - both);
        double k21 = Math.max(0, b - both);
        double k22 = Math.max(0, n - a - b + both);
        return 2 * (term(both, a, b, n) + term(k12, a, n - b, n) + term(k21, n - a, b, n) + term(k22, n - a, n - b, n));
    }

    /** {@code k · ln(k·n / (row·column))}, 0 for an empty cell. */
    private static double term(double k, double row, double column, double n) {
        return k <= 0 || row <= 0 || column <= 0 ? 0 : k * Math.log(k * n / (row * column));
    }
}
