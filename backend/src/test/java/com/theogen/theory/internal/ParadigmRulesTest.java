package com.theogen.theory.internal;

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

    @Test
    void acceptsPropositionsInEnglishAndSpanishForm() {
        assertThat(ParadigmRules.isIfThenBecause("If X and Y, then Z, because M."))
                .isTrue();
        assertThat(ParadigmRules.isIfThenBecause("Si X e Y, entonces Z, porque M."))
                .isTrue();
        assertThat(ParadigmRules.isIfThenBecause("X leads to Z.")).isFalse();
    }

    @Test
    void namesEveryViolationForTheRepairCall() {
        StageOutputs.Paradigm p = paradigm(
                List.of(new Drafts.Consequence(A, "s", "economic", "soon", CITE)),
                List.of(new Drafts.Proposition("X leads to Z.", List.of(A), List.of())));

        List<String> violations = ParadigmRules.violations(p);

        assertThat(String.join("\n", violations))
                .contains(
                        "1 propositions",
                        "not of the form",
                        "cites no evidence",
                        "type 'economic'",
                        "horizon 'soon'",
                        "both as context and as intervening");
    }

    @Test
    void enforcingDropsWhatBreaksARuleAndSaysWhy() {
        List<Drafts.Proposition> eleven = new ArrayList<>();
        IntStream.range(0, 11)
                .forEach(i -> eleven.add(new Drafts.Proposition("If a, then b, because c.", List.of(A), CITE)));
        eleven.add(new Drafts.Proposition("A causes B.", List.of(A), CITE));
        StageOutputs.Paradigm p = paradigm(
                List.of(
                        new Drafts.Consequence(A, "kept", "Social", "long term", CITE),
                        new Drafts.Consequence(B, "dropped", "economic", "short_term", CITE)),
                eleven);
        List<String> repairs = new ArrayList<>();

        StageOutputs.Paradigm enforced = ParadigmRules.enforce(p, repairs);

        assertThat(enforced.propositions()).hasSize(10);
        assertThat(enforced.consequences()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("social");
            assertThat(c.horizon()).isEqualTo("long_term");
        });
        assertThat(enforced.intervening()).isEmpty();
        assertThat(repairs)
                .contains(
                        "consequence_dropped_untyped",
                        "proposition_dropped_over_ten",
                        "proposition_dropped_not_if_then_because",
                        "intervening_dropped_duplicate_of_context");
    }

    private static StageOutputs.Paradigm paradigm(
            List<Drafts.Consequence> consequences, List<Drafts.Proposition> propositions) {
        List<Drafts.Claim> both = List.of(new Drafts.Claim(B, "s", CITE));
        return new StageOutputs.Paradigm(
                List.of(), both, both, List.of(), consequences, propositions, List.of(), Drafts.Meta.computed(0));
    }
}
