package com.theogen.analyst.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ADR 056, 2026-12-04 section: a code naming a person ("hermano") and one naming a thing or activity ("trabajo") are
 * not made alike by being said beside the same frequent codes; only the turns they share count. Synonyms the concept
 * lexicon knows ("job", "working": both work) are as alike as their shared concepts, whatever their contexts.
 */
class PersonAndThingSimilarityTest {

    private static final ConceptLexicon LEXICON = ConceptLexicon.get();

    // codes 0 trabajo, 1 hermano, 2 dinero, 3 culpa: trabajo and hermano share 1 of their 6 turns each, and both are
    // said beside dinero and culpa in many turns, so their co-occurrence profiles are nearly the same
    private static final double[][] CO_OCCURRENCE = {
        {6, 1, 4, 4},
        {1, 6, 4, 4},
        {4, 4, 9, 3},
        {4, 4, 3, 9}
    };

    private static final List<Map<String, Double>> NO_SHARED_WORDS =
            List.of(Map.of("jefe", 1.0), Map.of("niño", 1.0), Map.of("banco", 1.0), Map.of("calle", 1.0));

    @Test
    void aPersonAndAnActivityCountOnlyTheTurnsTheyShare() {
        List<String> labels = List.of("trabajo", "hermano", "dinero", "culpa");
        List<Set<String>> concepts =
                labels.stream().map(l -> LEXICON.conceptsOf(l, Tongue.ES)).toList();
        List<Boolean> person = labels.stream()
                .map(l -> ConceptKind.of(l, Tongue.ES, Set.of()) == ConceptKind.ACTOR)
                .toList();
        assertThat(person).containsExactly(false, true, false, false);

        double profile = Vectors.cosine(CO_OCCURRENCE[0], CO_OCCURRENCE[1]);
        double similarity = CodeSimilarity.within(CO_OCCURRENCE, NO_SHARED_WORDS, concepts, person, 0, 1);

        assertThat(profile).isGreaterThan(0.6);
        // 1 shared turn of 6 each: Ochiai 1/6, weighted by the co-occurrence share; the profile would give > 0.3
        assertThat(similarity)
                .isCloseTo(CodeSimilarity.CO_OCCURRENCE_WEIGHT / 6, within(1e-9))
                .isLessThan(CodeSimilarity.CO_OCCURRENCE_WEIGHT * profile);
        // two things (dinero, culpa) keep the profile
        assertThat(CodeSimilarity.within(CO_OCCURRENCE, NO_SHARED_WORDS, concepts, person, 2, 3))
                .isCloseTo(
                        CodeSimilarity.CO_OCCURRENCE_WEIGHT * Vectors.cosine(CO_OCCURRENCE[2], CO_OCCURRENCE[3]),
                        within(1e-9));
    }

    @Test
    void synonymsOfOneLanguageAreAsAlikeAsTheConceptsTheyShare() {
        List<Set<String>> concepts =
                List.of(LEXICON.conceptsOf("job", Tongue.EN), LEXICON.conceptsOf("working", Tongue.EN));
        double[][] apart = {{3, 0}, {0, 3}};

        double similarity = CodeSimilarity.within(
                apart, List.of(Map.of("boss", 1.0), Map.of("shift", 1.0)), concepts, List.of(false, false), 0, 1);

        assertThat(similarity).isEqualTo(1.0);
    }

    @Test
    void aCodeWithNoTurnsIsNotSimilarToAnything() {
        List<Set<String>> concepts =
                List.of(LEXICON.conceptsOf("trabajo", Tongue.ES), LEXICON.conceptsOf("hermano", Tongue.ES));
        double[][] empty = {{0, 0}, {0, 2}};

        double similarity = CodeSimilarity.within(
                empty, List.of(Map.of(), Map.of("niño", 1.0)), concepts, List.of(false, true), 0, 1);

        assertThat(similarity).isZero();
    }
}
