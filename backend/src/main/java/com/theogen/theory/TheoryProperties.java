package com.theogen.theory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Theory pipeline settings ({@code theogen.theory.*}). Read at the start of every run, so a change takes effect
 * for the next run without a rebuild (and, with a config refresh or restart, without a redeploy of code).
 *
 * @param route the baseline route: {@code staged} (the pipeline) or {@code legacy} (one call producing the whole
 *     theory)
 * @param canaryPercent share of projects (0–100, by a stable hash of the project id) that take the <em>other</em>
 *     route; 0 = everyone on {@code route} (the instant rollback), 100 = everyone on the other route
 * @param minCategories fewer categories than this after coding fails the run with {@code INSUFFICIENT_CATEGORIES}
 * @param evidencePerCategory fragments per category fetched for prompts and evidence
 * @param maxPromptCategories categories (most central first) that enter a model prompt
 * @param runDeadline how long a run may take before its model calls stop with {@code LLM_DEADLINE_EXCEEDED}
 */
@Validated
@ConfigurationProperties("theogen.theory")
public record TheoryProperties(
        @NotNull Route route,
        @Min(0) @Max(100) int canaryPercent,
        @Min(1) @Max(20) int minCategories,
        @Min(1) @Max(20) int evidencePerCategory,
        @Min(2) @Max(100) int maxPromptCategories,
        @NotNull Duration runDeadline) {

    /** Pipeline routes. */
    public enum Route {
        STAGED,
        LEGACY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public Route other() {
            return this == STAGED ? LEGACY : STAGED;
        }
    }
}
