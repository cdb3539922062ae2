package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * How a theory was produced, for the methods appendix.
 *
 * @param models models used, e.g. {@code "gpt-4o-mini (azure)"} or {@code "offline analyst"}
 * @param promptVersions prompt used by each stage
 * @param templateKey the domain template's key
 * @param budgetTrims what the token budget planner removed, in the order it did so
 * @param inputHashes hashes of the inputs, so a run can be compared with another
 * @param stageTimings time and tokens per stage, in stage order
 */
public record RunManifest(
        List<String> models,
        List<PromptVersion> promptVersions,
        String templateKey,
        List<BudgetTrim> budgetTrims,
        List<InputHash> inputHashes,
        List<StageTiming> stageTimings) {

    public RunManifest {
        models = List.copyOf(models);
        promptVersions = List.copyOf(promptVersions);
        Objects.requireNonNull(templateKey, "templateKey");
        budgetTrims = List.copyOf(budgetTrims);
        inputHashes = List.copyOf(inputHashes);
        stageTimings = List.copyOf(stageTimings);
    }

    /**
     * The prompt a stage used.
     *
     * @param stage pipeline stage
     * @param prompt versioned prompt name, e.g. {@code build_paradigm.es.v3}
     */
    public record PromptVersion(String stage, String prompt) {}

    /**
     * One trim of the token budget planner.
     *
     * @param stage the stage whose payload was trimmed
     * @param action what was trimmed, e.g. {@code fragments_per_category}
     * @param before the measure before trimming (items or tokens, as the action says)
     * @param after the measure after trimming
     */
    public record BudgetTrim(String stage, String action, int before, int after) {}

    /**
     * A hash of one input of the run.
     *
     * @param input what was hashed, e.g. {@code interviews} or {@code codebook}
     * @param sha256 hex SHA-256
     */
    public record InputHash(String input, String sha256) {}

    /**
     * Time and token usage of one stage.
     *
     * @param stage pipeline stage
     * @param millis wall-clock milliseconds
     * @param tokensIn prompt tokens (0 for stages without a model call)
     * @param tokensOut completion tokens
     */
    public record StageTiming(String stage, long millis, int tokensIn, int tokensOut) {}
}
