package com.theogen.theory.internal.pipeline;

import com.theogen.export.ConsequenceType;
import com.theogen.llm.SchemaEnum;
import jakarta.annotation.Nullable;
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

    /*
     * Fields added by docs/adr/035 (candidates, storyline, type notes, negative cases) are nullable: the schema still
     * asks for them, but a server that ignores the schema and leaves them out is not sent a repair call for it.
     */

    /**
     * One candidate scored on Strauss and Corbin's criteria for a core category, 1 (not at all) to 5 (fully), with
     * the reasoning written first. Scores outside 1–5 are clamped when read, not rejected.
     */
    record CandidateScore(
            @NotNull String categoryId,
            @NotNull String reasoning,
            int central,
            int frequent,
            int connected,
            int abstractEnough,
            int explainsVariation) {}

    /** Candidates scored first, then the choice, its justification and the theory's storyline. */
    record CentralChoice(
            @Nullable @Valid List<CandidateScore> candidates,
            @NotNull String categoryId,
            @NotNull String name,
            @NotNull String justification,
            @Nullable String storyline,
            @NotNull @Valid List<RunnerUp> runnersUp,
            @NotNull List<String> evidenceFragmentIds) {}

    record RunnerUp(@NotNull String categoryId, @NotNull String reason) {}

    record Evidence(@NotNull String fragmentId, @NotNull String quote) {}

    /**
     * A negative case of a claim: where it does not hold, with the fragment that shows it (null when none) and a
     * verbatim quote from that fragment (empty or null when none).
     */
    record NegativeCaseOut(@NotNull String statement, @Nullable String fragmentId, @Nullable String quote) {}

    record Condition(
            @NotNull String categoryId,
            @NotNull String statement,
            @NotNull @Valid List<Evidence> evidence,
            @Nullable @Valid List<NegativeCaseOut> exceptions) {}

    /**
     * {@code type} and {@code horizon} are enums in the schema ({@link ConsequenceType}, {@link HorizonKind}) but
     * read as written, so a type outside the template's typology is kept as {@code other} with its text.
     */
    record ConsequenceOut(
            @NotNull String categoryId,
            @NotNull String statement,
            @NotNull @SchemaEnum(ConsequenceType.class) String type,
            @Nullable String typeNote,
            @NotNull @SchemaEnum(HorizonKind.class) String horizon,
            @NotNull @Valid List<Evidence> evidence,
            @Nullable @Valid List<NegativeCaseOut> exceptions) {}

    record PropositionOut(
            @NotNull String text,
            @NotNull List<String> categoryIds,
            @NotNull @Valid List<Evidence> evidence,
            @Nullable @Valid List<NegativeCaseOut> exceptions) {}

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
