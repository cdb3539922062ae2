package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When two phrases are near-duplicates that should be one code (ADR 007). Phrases compare by their light
 * stems: the same stem set in any order ("care package" / "package of care"); multi-word phrases sharing
 * at least 60% of their stems by Jaccard ("flexible hours" / "flexible working hours"); single words whose
 * stems share a 5-letter prefix and have a character-trigram Dice coefficient of at least 0.8 (spelling
 * variants the stemmer misses). A single word is never merged into a longer phrase: "care" is not
 * "care home".
 */
final class PhraseSimilarity {

    static final double MULTI_WORD_JACCARD = 0.6;
    static final double SINGLE_WORD_DICE = 0.8;
    private static final int SHARED_PREFIX = 5;

    private PhraseSimilarity() {}

    static boolean nearDuplicate(List<String> a, List<String> b) {
        Set<String> setA = new HashSet<>(a);
        Set<String> setB = new HashSet<>(b);
        if (setA.equals(setB)) {
            return true;
        }
        if (a.size() >= 2 && b.size() >= 2) {
            return jaccard(setA, setB) >= MULTI_WORD_JACCARD;
        }
        if (a.size() == 1 && b.size() == 1) {
            String x = a.get(0);
            String y = b.get(0);
            return x.length() >= SHARED_PREFIX
                    && y.length() >= SHARED_PREFIX
                    && x.regionMatches(0, y, 0, SHARED_PREFIX)
                    && trigramDice(x, y) >= SINGLE_WORD_DICE;
        }
        return false;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return union.isEmpty() ? 0 : (double) shared.size() / union.size();
    }

    static double trigramDice(String a, String b) {
        List<String> x = trigrams(a);
        List<String> y = trigrams(b);
        List<String> remaining = new ArrayList<>(y);
        int shared = 0;
        for (String gram : x) {
            if (remaining.remove(gram)) {
                shared++;
            }
        }
        return x.isEmpty() && y.isEmpty() ? 1 : 2.0 * shared / (x.size() + y.size());
    }

    private static List<String> trigrams(String word) {
        String padded = "_" + word + "_";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
