package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.BudgetTrim;
import com.theogen.llm.EvidencePayload;
import com.theogen.llm.EvidencePayload.Category;
import com.theogen.llm.EvidencePayload.Fragment;
import com.theogen.llm.EvidencePayload.Limits;
import com.theogen.llm.EvidencePayload.NetworkRow;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner trims only when the prompt does not fit, in the documented order, and never returns a prompt over
 * budget. Tokens are counted as words here so that budgets can be computed exactly.
 */
class BudgetPlannerTest {

    static final PromptTemplate TEMPLATE = new PromptTemplate(
            "test/evidence", Language.EN, 1, "system words here", "Q: {{question}}\n{{categories}}\n{{network}}");

    final BudgetPlanner planner = new BudgetPlanner();
    final EvidencePayload payload = new EvidencePayload(categories(), rows());

    static List<Category> categories() {
        List<Category> categories = new ArrayList<>();
        String[] names = {"Peripheral", "Core", "Middle"};
        double[] centrality = {0.1, 0.9, 0.5};
        for (int c = 0; c < names.length; c++) {
            List<Fragment> fragments = new ArrayList<>();
            for (int f = 1; f <= 3; f++) {
                fragments.add(new Fragment(names[c].toLowerCase() + "-f" + f, ("word" + f + " ").repeat(120)));
            }
            categories.add(new Category("c" + c, names[c], "Definition of " + names[c], centrality[c], fragments));
        }
        return categories;
    }

    static List<NetworkRow> rows() {
        return List.of(
                new NetworkRow("Core", "Middle", 0.9),
                new NetworkRow("Core", "Peripheral", 0.2),
                new NetworkRow("Middle", "Peripheral", 0.4),
                new NetworkRow("Core", "Core", 0.05));
    }

    int words(RenderedPrompt prompt) {
        return (prompt.system() + " " + prompt.user()).split("\\s+").length;
    }

    int tokensAt(Limits limits) {
        Map<String, String> variables = new java.util.HashMap<>(payload.render(limits));
        variables.put("question", "why");
        return words(TEMPLATE.render(variables));
    }

    BudgetPlanner.Plan plan(int available) {
        return planner.plan(new BudgetPlanner.Input(
                "paradigm", "gpt-test", Map.of("question", "why"), payload, TEMPLATE::render, this::words, available));
    }

    static List<String> steps(BudgetPlanner.Plan plan) {
        return plan.trims().stream().map(BudgetTrim::step).toList();
    }

    /**
     * docs/adr/038: the calls of a chain start from what the previous call sent, so a call with room to spare sends
     * the same text as the one before it, and a call with less room trims further for itself and the calls after it.
     */
    @Test
    void aChainedPayloadNeverSendsMoreThanThePreviousCallOfItsChain() {
        com.theogen.llm.ChainPayload<Limits> chain = com.theogen.llm.ChainPayload.of(payload);
        int full = tokensAt(payload.initial());
        java.util.function.IntFunction<BudgetPlanner.Plan> call = available -> planner.plan(new BudgetPlanner.Input(
                "chain", "gpt-test", Map.of("question", "why"), chain, TEMPLATE::render, this::words, available));

        BudgetPlanner.Plan tight = call.apply(full - 200);
        BudgetPlanner.Plan roomy = call.apply(full);
        BudgetPlanner.Plan tighter = call.apply(full - 600);
        BudgetPlanner.Plan again = call.apply(full);

        assertThat(tight.trims()).isNotEmpty();
        assertThat(roomy.trims()).as("starts from the trimmed state and fits").isEmpty();
        assertThat(roomy.prompt()).isEqualTo(tight.prompt());
        assertThat(tighter.tokens()).isLessThan(tight.tokens());
        assertThat(again.prompt()).isEqualTo(tighter.prompt());
        assertThat(plan(full).prompt().user())
                .as("an unchained payload is untouched")
                .contains("peripheral-f3");
    }

    @Test
    void promptThatFitsIsSentUntouched() {
        Limits full = payload.initial();

        BudgetPlanner.Plan plan = plan(tokensAt(full));

        assertThat(plan.trims()).isEmpty();
        assertThat(plan.tokens()).isEqualTo(tokensAt(full));
        assertThat(plan.prompt().user()).contains("peripheral-f3").contains("Core <-> Core");
    }

    @Test
    void fragmentsPerCategoryAreTrimmedFirstAndOnlyAsFarAsNeeded() {
        BudgetPlanner.Plan plan = plan(tokensAt(payload.initial()) - 1);

        assertThat(plan.trims()).singleElement().satisfies(trim -> {
            assertThat(trim.step()).isEqualTo("fragments_per_category");
            assertThat(trim.applications()).isEqualTo(1);
            assertThat(trim.tokensAfter()).isLessThan(trim.tokensBefore());
            assertThat(trim.result()).startsWith("fragments_per_category=2, fragment_chars=720");
        });
        assertThat(plan.prompt().user())
                .contains("core-f2")
                .doesNotContain("core-f3")
                .doesNotContain("…");
    }

    @Test
    void fragmentLengthIsTrimmedSecond() {
        Limits oneFragment = new Limits(1, 720, 3, 4, true);

        BudgetPlanner.Plan plan = plan(tokensAt(oneFragment) - 1);

        assertThat(steps(plan)).containsExactly("fragments_per_category", "fragment_length");
        assertThat(plan.trims().get(0).applications()).isEqualTo(2);
        assertThat(plan.trims().get(1).applications()).isEqualTo(1);
        assertThat(plan.prompt().user()).contains("…").contains("Peripheral");
    }

    @Test
    void leastCentralCategoriesAreDroppedThird() {
        Limits shortest = new Limits(1, EvidencePayload.MIN_FRAGMENT_CHARS, 3, 4, true);

        BudgetPlanner.Plan plan = plan(tokensAt(shortest) - 1);

        assertThat(steps(plan))
                .containsExactly("fragments_per_category", "fragment_length", "categories_by_centrality");
        assertThat(plan.prompt().user()).contains("- [c1] Core").contains("[c2] Middle");
        assertThat(plan.prompt().user()).doesNotContain("[c0] Peripheral");
    }

    @Test
    void networkRowsAreTrimmedFourthKeepingTheHeaviest() {
        Limits oneCategory = new Limits(1, EvidencePayload.MIN_FRAGMENT_CHARS, 1, 4, true);

        BudgetPlanner.Plan plan = plan(tokensAt(oneCategory) - 1);

        assertThat(steps(plan))
                .containsExactly(
                        "fragments_per_category", "fragment_length", "categories_by_centrality", "network_rows");
        assertThat(plan.prompt().user())
                .contains("Core <-> Middle (weight 0.900)")
                .doesNotContain("Core <-> Core");
    }

    @Test
    void evidenceIsDroppedLast() {
        Limits noRows = new Limits(1, EvidencePayload.MIN_FRAGMENT_CHARS, 1, 0, true);

        BudgetPlanner.Plan plan = plan(tokensAt(noRows) - 1);

        assertThat(steps(plan)).endsWith("network_rows", "drop_evidence");
        assertThat(plan.prompt().user()).contains("[c1] Core").doesNotContain("core-f1");
        assertThat(plan.tokens()).isLessThanOrEqualTo(tokensAt(noRows) - 1);
    }

    @Test
    void promptThatCannotFitEvenAfterEveryStepIsNeverReturned() {
        Limits smallest = new Limits(0, 0, 1, 0, false);

        assertThatThrownBy(() -> plan(tokensAt(smallest) - 1)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("CONTEXT_BUDGET_EXCEEDED");
            assertThat(e.details())
                    .containsEntry("stage", "paradigm")
                    .containsEntry("available_tokens", tokensAt(smallest) - 1)
                    .containsEntry("prompt_tokens", tokensAt(smallest));
            assertThat(e.getMessage()).contains("evidence=false");
        });
    }

    @Test
    void promptWithoutPayloadThatDoesNotFitIsRefused() {
        BudgetPlanner.Input input = new BudgetPlanner.Input(
                "open_coding",
                "gpt-test",
                Map.of("question", "why", "categories", "-", "network", "-"),
                null,
                TEMPLATE::render,
                this::words,
                3);

        assertThatThrownBy(() -> planner.plan(input))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("CONTEXT_BUDGET_EXCEEDED"));
    }
}
