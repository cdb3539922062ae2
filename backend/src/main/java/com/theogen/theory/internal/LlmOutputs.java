package com.theogen.theory.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the model is asked to return at each stage (the JSON schema is derived from these records). Ids are strings
 * on purpose: a model may answer with a name or an invented id, and the stages resolve and check them themselves.
 */
final class LlmOutputs {

    private LlmOutputs() {}

    record CentralChoice(
            @NotNull String categoryId,
            @NotNull String name,
            @NotNull String justification,
            @NotNull @Valid List<RunnerUp> runnersUp,
            @NotNull List<String> evidenceFragmentIds) {}

    record RunnerUp(@NotNull String categoryId, @NotNull String reason) {}

    record Evidence(@NotNull String fragmentId, @NotNull String quote) {}

    record Condition(@NotNull String categoryId, @NotNull String statement, @NotNull @Valid List<Evidence> evidence) {}

    record ConsequenceOut(
            @NotNull String categoryId,
            @NotNull String statement,
            @NotNull String type,
            @NotNull String horizon,
            @NotNull @Valid List<Evidence> evidence) {}

    record PropositionOut(
            @NotNull String text, @NotNull List<String> categoryIds, @NotNull @Valid List<Evidence> evidence) {}

    record ParadigmOut(
            @NotNull @Valid List<Condition> causalConditions,
            @NotNull @Valid List<Condition> context,
            @NotNull @Valid List<Condition> interveningConditions,
            @NotNull @Valid List<Condition> strategies,
            @NotNull @Valid List<ConsequenceOut> consequences,
            @NotNull @Valid List<PropositionOut> propositions) {}

    record GapOut(@NotNull String target, @NotNull String missing, @NotNull List<String> fragmentIds) {}

    record SamplingOut(@NotNull String participants, @NotNull String gap, @NotNull List<String> questions) {}

    record GapsAssessment(
            @Min(0) @Max(100) int readinessScore,
            @NotNull String readinessExplanation,
            @NotNull @Valid List<GapOut> gaps,
            @NotNull @Valid List<SamplingOut> samplingPlan) {}
}
