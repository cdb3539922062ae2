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
        Map<UUID, Tongue> tongues = InterviewLanguages.detect(fragments);
        List<Map<String, Double>> text = textVectors(codes, fragments, tongues);
        List<Tongue> main = mainTongues(codes, fragments, tongues);
        ConceptLexicon lexicon = ConceptLexicon.get();
        List<Set<String>> concepts = new ArrayList<>();
        List<Boolean> person = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            concepts.add(lexicon.conceptsOf(codes.get(i).label(), main.get(i)));
            person.add(ConceptKind.of(codes.get(i).label(), main.get(i), Set.of()) == ConceptKind.ACTOR);
        }
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value = i == j ? 1 : within(coOccurrence, text, concepts, person, i, j);
                similarity[i][j] = value;
                similarity[j][i] = value;
            }
        }
        return acrossLanguages(similarity, codes, main);
    }

    /**
     * Similarity of two codes of one language. When the concept lexicon knows both labels as everyday concepts
     * (ADR 050), it says what they are: labels naming the same concepts ("job" and "working", both *work*) are
     * synonyms and at least as similar as the share of concepts they have in common. When one names a person ({@link
     * ConceptKind#ACTOR}: "hermano", "family") and the other something else ("trabajo"), they are different things:
     * their co-occurrence counts only as the turns they share themselves (Ochiai: shared / √(turns of each)), not as
     * the likeness of their co-occurrence profiles, which two codes get merely by both being said beside the same
     * frequent codes (ADR 056, 2026-12-04 section). Participants speak of their brothers and their job in the same
     * turn because one bears on the other: that is a relation between two categories, not evidence that they are one
     * concept. Other pairs keep the profile and the words of their contexts.
     */
    static double within(
            double[][] coOccurrence,
            List<Map<String, Double>> text,
            List<Set<String>> concepts,
            List<Boolean> person,
            int i,
            int j) {
        double words = Vectors.cosine(text.get(i), text.get(j));
        if (known(concepts.get(i)) && known(concepts.get(j))) {
            double overlap = ConceptLexicon.overlap(concepts.get(i), concepts.get(j));
            if (overlap == 0 && !person.get(i).equals(person.get(j))) {
                double turns = Math.sqrt(coOccurrence[i][i] * coOccurrence[j][j]);
                double ochiai = turns == 0 ? 0 : coOccurrence[i][j] / turns;
                return CO_OCCURRENCE_WEIGHT * ochiai + (1 - CO_OCCURRENCE_WEIGHT) * words;
            }
            return Math.max(
                    overlap,
                    CO_OCCURRENCE_WEIGHT * Vectors.cosine(coOccurrence[i], coOccurrence[j])
                            + (1 - CO_OCCURRENCE_WEIGHT) * words);
        }
        return CO_OCCURRENCE_WEIGHT * Vectors.cosine(coOccurrence[i], coOccurrence[j])
                + (1 - CO_OCCURRENCE_WEIGHT) * words;
    }

    /** Whether every word of a label names a concept the lexicon lists. */
    static boolean known(Set<String> concepts) {
        return !concepts.isEmpty() && concepts.stream().noneMatch(c -> c.startsWith("="));
    }

    /**
     * Codes of different languages never share a fragment nor a word, so the two cosines above are 0 for them
     * whatever they mean. Across languages similarity goes through translations instead (ADR 050): two codes whose
     * labels name the same everyday concepts ({@link ConceptLexicon}: "culpa" and "guilt") are as similar as the
     * share of concepts they have in common, and a code is as similar to a code of another language as its closest
     * translation there is to that code, times how fully it translates it: «culpa» is as close to «money» as «guilt»
     * is. Pairs of codes with no translation on either side stay at 0.
     */
    static double[][] acrossLanguages(double[][] within, List<AxialCode> codes, List<Tongue> tongue) {
        int n = codes.size();
        if (new HashSet<>(tongue).size() < 2) {
            return within;
        }
        ConceptLexicon lexicon = ConceptLexicon.get();
        double[][] translation = new double[n][n];
        List<List<Integer>> translations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            translations.add(new ArrayList<>());
        }
        List<Set<String>> concepts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            concepts.add(lexicon.conceptsOf(codes.get(i).label(), tongue.get(i)));
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (tongue.get(i) != tongue.get(j)) {
                    double overlap = ConceptLexicon.overlap(concepts.get(i), concepts.get(j));
                    if (overlap > 0) {
                        translation[i][j] = overlap;
                        translation[j][i] = overlap;
                        translations.get(i).add(j);
                        translations.get(j).add(i);
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return within;
        }
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i] = within[i].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (tongue.get(i) == tongue.get(j)) {
                    continue;
                }
                double value = translation[i][j];
                for (int k : translations.get(i)) {
                    if (tongue.get(k) == tongue.get(j)) {
                        value = Math.max(value, translation[i][k] * within[k][j]);
                    }
                }
                for (int k : translations.get(j)) {
                    if (tongue.get(k) == tongue.get(i)) {
                        value = Math.max(value, within[i][k] * translation[k][j]);
                    }
                }
                similarity[i][j] = value;
                similarity[j][i] = value;
            }
        }
        return similarity;
    }

    /** The language most of a code's fragments are in (ties: the first language in {@link Tongue} order). */
    private static List<Tongue> mainTongues(
            List<AxialCode> codes, List<AnalystFragment> fragments, Map<UUID, Tongue> tongues) {
        Map<UUID, Tongue> fragmentTongue = new HashMap<>();
        fragments.forEach(f ->
                fragmentTongue.put(f.fragmentId(), tongues.getOrDefault(f.interviewId(), Tongue.of(f.language()))));
        FragmentTongues said = new FragmentTongues(fragmentTongue);
        return codes.stream()
                .map(code -> said.main(code.fragmentIds(), Tongue.EN))
                .toList();
    }

    private static List<Map<String, Double>> textVectors(
            List<AxialCode> codes, List<AnalystFragment> fragments, Map<UUID, Tongue> tongues) {
        Map<UUID, AnalystFragment> byId = new HashMap<>();
        fragments.forEach(f -> byId.put(f.fragmentId(), f));
        WordTokenizer tokenizer = new WordTokenizer();
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
