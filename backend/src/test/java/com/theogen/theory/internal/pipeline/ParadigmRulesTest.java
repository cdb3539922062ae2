package com.theogen.theory.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParadigmRulesTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final List<Drafts.Cite> CITE = List.of(new Drafts.Cite(UUID.randomUUID(), "q", -1));
    static final List<String> GENERIC = List.of("material", "social", "institutional", "psychological");

    @Test
    void recognisesTheClassicPropositionFormInEnglishAndSpanish() {
        assertThat(ParadigmRules.isIfThenBecause("If X and Y, then Z, because M."))
                .isTrue();
        assertThat(ParadigmRules.isIfThenBecause("Si X e Y, entonces Z, porque M."))
                .isTrue();
        assertThat(ParadigmRules.isIfThenBecause("X leads to Z.")).isFalse();
    }

    @Test
    void namesEveryViolationForTheRepairCall() {
        List<Drafts.Proposition> eleven = new ArrayList<>();
        IntStream.range(0, 11).forEach(i -> eleven.add(new Drafts.Proposition("X leads to Z.", List.of(A), CITE)));
        eleven.add(new Drafts.Proposition("Y leads to Z.", List.of(A), List.of()));
        StageOutputs.Paradigm p = paradigm(List.of(new Drafts.Consequence(A, "s", "economic", "soon", CITE)), eleven);

        String violations = String.join("\n", ParadigmRules.violations(p));

        assertThat(violations)
                .contains(
                        "12 propositions; write at most 10",
                        "Proposition 12 cites no evidence",
                        "horizon 'soon'",
                        "both as context and as intervening")
                .doesNotContain("not of the form", "type 'economic'");
    }

    @Test
    void aSingleFreelyWordedPropositionIsNoViolation() {
        StageOutputs.Paradigm p = new StageOutputs.Paradigm(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Drafts.Proposition("Night care grows where family help is far away.", List.of(A), CITE)),
                List.of(),
                Drafts.Meta.computed(0));

        assertThat(ParadigmRules.violations(p)).isEmpty();
        assertThat(ParadigmRules.enforce(p, GENERIC, new ArrayList<>()).propositions())
                .hasSize(1);
    }

    @Test
    void enforcingKeepsEveryTypedConsequenceDropsWhatBreaksARuleAndSaysWhy() {
        List<Drafts.Proposition> eleven = new ArrayList<>();
        IntStream.range(0, 11).forEach(i -> eleven.add(new Drafts.Proposition("A shapes B.", List.of(A), CITE)));
        StageOutputs.Paradigm p = paradigm(
                List.of(
                        new Drafts.Consequence(A, "kept", "Social", "long term", CITE),
                        new Drafts.Consequence(A, "guilt", "psychological", "largo plazo", CITE),
                        new Drafts.Consequence(
                                B, "faith", "spiritual", "a test of faith", "short_term", CITE, List.of()),
                        new Drafts.Consequence(B, "asked", "other", "reputational", "short_term", CITE, List.of()),
                        new Drafts.Consequence(B, "dropped", "material", "someday", CITE)),
                eleven);
        List<String> repairs = new ArrayList<>();

        StageOutputs.Paradigm enforced = ParadigmRules.enforce(p, GENERIC, repairs);

        assertThat(enforced.propositions()).hasSize(10);
        assertThat(enforced.consequences())
                .extracting(Drafts.Consequence::type, Drafts.Consequence::typeNote, Drafts.Consequence::horizon)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("social", "", "long_term"),
                        org.assertj.core.groups.Tuple.tuple("psychological", "", "long_term"),
                        org.assertj.core.groups.Tuple.tuple("other", "spiritual: a test of faith", "short_term"),
                        org.assertj.core.groups.Tuple.tuple("other", "reputational", "short_term"));
        assertThat(enforced.intervening()).isEmpty();
        assertThat(repairs)
                .contains(
                        "consequence_typed_other",
                        "consequence_dropped_no_horizon",
                        "proposition_dropped_over_ten",
                        "intervening_dropped_duplicate_of_context")
                .doesNotContain("consequence_dropped_untyped");
    }

    @Test
    void aTypeOutsideTheTemplatesTypologyIsOtherEvenIfAnotherTemplateHasIt() {
        List<String> repairs = new ArrayList<>();
        StageOutputs.Paradigm p = paradigm(
                List.of(
                        new Drafts.Consequence(A, "a", "health", "short_term", CITE),
                        new Drafts.Consequence(A, "b", "salud", "short_term", CITE)),
                List.of());

        List<Drafts.Consequence> generic =
                ParadigmRules.enforce(p, GENERIC, repairs).consequences();
        List<Drafts.Consequence> health = ParadigmRules.enforce(
                        p, List.of("material", "social", "institutional", "psychological", "health"), repairs)
                .consequences();

        assertThat(generic).extracting(Drafts.Consequence::type).containsExactly("other", "other");
        assertThat(generic).extracting(Drafts.Consequence::typeNote).containsExactly("health", "salud");
        assertThat(health).extracting(Drafts.Consequence::type).containsExactly("health", "health");
    }

    private static StageOutputs.Paradigm paradigm(
            List<Drafts.Consequence> consequences, List<Drafts.Proposition> propositions) {
        List<Drafts.Claim> both = List.of(new Drafts.Claim(B, "s", CITE));
        return new StageOutputs.Paradigm(
                List.of(), both, both, List.of(), consequences, propositions, List.of(), Drafts.Meta.computed(0));
    }
}
