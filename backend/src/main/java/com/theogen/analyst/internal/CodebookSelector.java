package com.theogen.analyst.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which candidate phrases become codes (ADR 007): a multi-word phrase must be a collocation (its
 * adjacent words go together more than chance, see {@link Collocations}; ADR 037), and a phrase must recur — in at least two fragments
 * of at least two interviews (one when the language has a single interview) — without being so common
 * that it says nothing (more than {@link #MAX_FRAGMENT_SHARE} of the language's fragments, once there are
 * enough fragments for shares to mean something). Phrases nested
 * inside a longer recurring phrase most of the time are dropped in its favour ("centre" in "day centre").
 * Survivors are ranked by a TF-IDF weight and near-duplicates merged into the stronger code; a phrase
 * written identically in both languages ("hospital", "WhatsApp") is one code.
 */
final class CodebookSelector {

    static final double MAX_FRAGMENT_SHARE = 0.25;
    static final int MIN_FRAGMENTS_FOR_SHARE_CAP = 50;
    static final double NESTED_SHARE = 0.7;
    static final double LEXICON_BOOST = 1.5;
    static final double OVERLAP_JACCARD = 0.8;
    static final double FIXED_EXPRESSION_SHARE = 0.6;
    static final int FIXED_EXPRESSION_MIN = 3;
    /**
     * A candidate is compared with a code's first phrases only (its ranked ones, then the earliest variants): with
     * every variant absorbed so far the work grew with the square of the candidates, and an auto-code of a large
     * project with a small vocabulary ran for more than 25 minutes.
     */
    static final int MAX_VARIANTS_COMPARED = 32;

    private CodebookSelector() {}

    static List<CodeGroup> select(CandidateIndex index, List<String> lexicon, List<String> existingLabels) {
        Map<String, String> existing = keyed(index, existingLabels);
        Set<String> lexiconKeys = keyed(index, lexicon).keySet();
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate candidate : index.candidates()) {
            boolean phrase = lexiconKeys.contains(id(candidate))
                    || (candidate.words() == 1 ? !fixedExpression(candidate) : index.collocation(candidate));
            if (existing.containsKey(id(candidate)) || (phrase && recursEnough(candidate, index))) {
                eligible.add(candidate);
            }
        }
        List<Candidate> kept = dropNested(eligible, existing.keySet());
        for (Candidate candidate : kept) {
            candidate.score(weight(candidate, index, lexiconKeys.contains(id(candidate))));
        }
        kept.sort(Comparator.comparingDouble((Candidate c) -> c.score())
                .reversed()
                .thenComparing(CodebookSelector::id));
        List<CodeGroup> groups = merge(kept, index, existing);
        absorbVariants(groups, index, new HashSet<>(kept));
        mergeOverlapping(groups);
        return groups;
    }

    /**
     * Near-duplicate codes that the phrase rules keep apart but the data does not: two codes of one language
     * that share a word and are applied to nearly the same fragments (Jaccard ≥ {@link #OVERLAP_JACCARD}) —
     * "respite" said almost only where "respite care" is — are one code; the weaker is absorbed into the
     * stronger (its surface forms become variants) and reported (ADR 037).
     */
    private static void mergeOverlapping(List<CodeGroup> groups) {
        Map<CodeGroup, Set<String>> stems = new HashMap<>();
        for (CodeGroup group : groups) {
            Set<String> words = new HashSet<>();
            group.members().forEach(m -> words.addAll(m.stems()));
            stems.put(group, words);
        }
        for (int i = 0; i < groups.size(); i++) {
            CodeGroup strong = groups.get(i);
            for (int j = groups.size() - 1; j > i; j--) {
                CodeGroup weak = groups.get(j);
                if (strong.language() == weak.language()
                        && !weak.reused()
                        && !Collections.disjoint(stems.get(strong), stems.get(weak))
                        && overlap(strong.fragments(), weak.fragments()) >= OVERLAP_JACCARD) {
                    strong.absorb(weak);
                    stems.get(strong).addAll(stems.get(weak));
                    groups.remove(j);
                }
            }
        }
    }

    private static double overlap(Set<Integer> a, Set<Integer> b) {
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 0 : (double) shared / union.size();
    }

    /**
     * A variant too rare to be a code on its own ("flexible hours" said once) still belongs to the code
     * it is a near-duplicate of, so its fragment is coded too.
     */
    private static void absorbVariants(List<CodeGroup> groups, CandidateIndex index, Set<Candidate> ranked) {
        Map<String, Set<CodeGroup>> byStem = new HashMap<>();
        for (CodeGroup group : groups) {
            group.members().forEach(m -> m.stems().forEach(stem -> byStem.computeIfAbsent(
                            group.language().code() + "|" + stem, k -> new LinkedHashSet<>())
                    .add(group)));
        }
        for (Candidate candidate : index.candidates()) {
            if (ranked.contains(candidate)) {
                continue;
            }
            for (String stem : candidate.stems()) {
                CodeGroup home = byStem.getOrDefault(candidate.language().code() + "|" + stem, Set.of()).stream()
                        .filter(g -> g.members().stream()
                                .limit(MAX_VARIANTS_COMPARED)
                                .anyMatch(m -> PhraseSimilarity.nearDuplicate(m.stems(), candidate.stems())))
                        .findFirst()
                        .orElse(null);
                if (home != null) {
                    home.merge(candidate);
                    break;
                }
            }
        }
    }

    /**
     * A single word that nearly always follows the same function word is the tail of a fixed expression — an adverbial
     * such as "in particular", "in general", "of course", "for example", "por ejemplo", "en général", "zum Beispiel"
     * — not a concept participants talk about: at least {@link #FIXED_EXPRESSION_SHARE} of at least
     * {@link #FIXED_EXPRESSION_MIN} occurrences. A noun used as a concept follows determiners, adjectives and many
     * different prepositions.
     */
    static boolean fixedExpression(Candidate candidate) {
        return candidate.words() == 1
                && candidate.occurrences().size() >= FIXED_EXPRESSION_MIN
                && candidate.leadInShare() >= FIXED_EXPRESSION_SHARE;
    }

    private static boolean recursEnough(Candidate candidate, CandidateIndex index) {
        Tongue language = candidate.language();
        int minInterviews = Math.min(2, index.interviewCount(language));
        int fragments = index.fragmentCount(language);
        boolean tooCommon = fragments >= MIN_FRAGMENTS_FOR_SHARE_CAP
                && candidate.documentFrequency() > MAX_FRAGMENT_SHARE * fragments;
        return candidate.documentFrequency() >= 2 && candidate.interviewCount() >= minInterviews && !tooCommon;
    }

    /**
     * Fragment-level TF-IDF ({@code √df × (ln(N/df) + 1)}: the square root keeps frequent generic words from
     * crowding out specific phrases), times interview spread ({@code 1 + iv/IV}),
     * times a length bonus ({@code 1 + 0.5 × (words − 1)}: a longer recurring phrase is more specific),
     * times {@link #LEXICON_BOOST} for domain lexicon terms.
     */
    static double weight(Candidate candidate, CandidateIndex index, boolean lexiconTerm) {
        Tongue language = candidate.language();
        double n = index.fragmentCount(language);
        double df = candidate.documentFrequency();
        double idf = Math.log(n / df) + 1;
        double spread = 1 + (double) candidate.interviewCount() / Math.max(1, index.interviewCount(language));
        double length = 1 + 0.5 * (candidate.words() - 1);
        return Math.sqrt(df) * idf * spread * length * (lexiconTerm ? LEXICON_BOOST : 1);
    }

    private static List<Candidate> dropNested(List<Candidate> eligible, Set<String> protectedKeys) {
        Map<Integer, List<Candidate>> longerByFragment = new HashMap<>();
        for (Candidate candidate : eligible) {
            if (candidate.words() > 1) {
                for (Integer fragment : candidate.fragments()) {
                    longerByFragment
                            .computeIfAbsent(fragment, f -> new ArrayList<>())
                            .add(candidate);
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : eligible) {
            if (protectedKeys.contains(id(candidate)) || !mostlyNested(candidate, longerByFragment)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static boolean mostlyNested(Candidate shorter, Map<Integer, List<Candidate>> longerByFragment) {
        Map<String, Integer> nestedIn = new HashMap<>();
        for (Candidate.Occurrence occurrence : shorter.occurrences()) {
            Set<String> containers = new HashSet<>();
            for (Candidate longer : longerByFragment.getOrDefault(occurrence.fragment(), List.of())) {
                if (longer.words() > shorter.words()
                        && longer.occurrencesIn(occurrence.fragment()).stream().anyMatch(o -> o.covers(occurrence))) {
                    containers.add(id(longer));
                }
            }
            containers.forEach(c -> nestedIn.merge(c, 1, Integer::sum));
        }
        int total = shorter.occurrences().size();
        return nestedIn.values().stream().anyMatch(n -> n >= NESTED_SHARE * total);
    }

    private static List<CodeGroup> merge(List<Candidate> ranked, CandidateIndex index, Map<String, String> existing) {
        List<CodeGroup> groups = new ArrayList<>();
        Map<Tongue, Integer> accepted = new EnumMap<>(Tongue.class);
        for (Candidate candidate : ranked) {
            String label = CodeGroup.readable(candidate.surfaces()).toLowerCase(Locale.ROOT);
            CodeGroup home = groups.stream()
                    .filter(g -> g.language() == candidate.language()
                            ? g.members().stream()
                                    .anyMatch(m -> PhraseSimilarity.nearDuplicate(m.stems(), candidate.stems()))
                            : g.label().toLowerCase(Locale.ROOT).equals(label))
                    .findFirst()
                    .orElse(null);
            if (home != null) {
                home.merge(candidate);
            } else if (existing.containsKey(id(candidate))
                    || accepted.getOrDefault(candidate.language(), 0) < maxCodes(index, candidate.language())) {
                home = new CodeGroup(candidate);
                groups.add(home);
                accepted.merge(candidate.language(), 1, Integer::sum);
            }
            String reusedLabel = existing.get(id(candidate));
            if (home != null && reusedLabel != null && !home.reused()) {
                home.reuse(reusedLabel);
            }
        }
        return groups;
    }

    /** Codebook size per language: about 5 × √(fragments), between 8 and 60. */
    static int maxCodes(CandidateIndex index, Tongue language) {
        long size = Math.round(5 * Math.sqrt(index.fragmentCount(language)));
        return (int) Math.max(8, Math.min(60, size));
    }

    private static Map<String, String> keyed(CandidateIndex index, List<String> phrases) {
        Map<String, String> keys = new HashMap<>();
        for (Tongue language : index.languages()) {
            for (String phrase : phrases) {
                List<String> stems = index.stemsOf(phrase, language);
                if (!stems.isEmpty()) {
                    keys.putIfAbsent(language.code() + "|" + String.join(" ", stems), phrase.trim());
                }
            }
        }
        return keys;
    }

    static String id(Candidate candidate) {
        return candidate.language().code() + "|" + candidate.key();
    }
}
