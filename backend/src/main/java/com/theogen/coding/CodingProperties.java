package com.theogen.coding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Coding settings ({@code theogen.coding.*}). How many calls the provider takes at once is the LLM layer's
 * {@code theogen.llm.calls.max-concurrency}; these knobs shape the coding work itself.
 *
 * @param batchMaxFragments most fragments sent in one open-coding call
 * @param batchTokenShare share of the coding model's input budget that one batch of fragment text may use
 *     (the rest holds instructions, the domain context, existing codes and the output schema)
 * @param maxOutputTokens reply cap of one open-coding call
 * @param axialMaxOutputTokens reply cap of the axial-grouping call
 * @param maxConcurrentBatches open-coding calls of one project in flight at the same time
 * @param existingCodesOffered most existing code labels offered to the model for reuse
 * @param runDeadline how long one auto-coding job may spend in model calls
 * @param keyHandoffWait how long a job waits for the user's own key that the accepting request hands over
 */
@Validated
@ConfigurationProperties("theogen.coding")
public record CodingProperties(
        @Min(1) @Max(200) int batchMaxFragments,
        @DecimalMin("0.1") @DecimalMax("0.9") double batchTokenShare,
        @Min(256) @Max(32_000) int maxOutputTokens,
        @Min(256) @Max(32_000) int axialMaxOutputTokens,
        @Min(1) @Max(32) int maxConcurrentBatches,
        @Min(0) @Max(2000) int existingCodesOffered,
        @NotNull Duration runDeadline,
        @NotNull Duration keyHandoffWait) {}
