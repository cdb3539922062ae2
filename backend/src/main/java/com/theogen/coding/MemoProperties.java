package com.theogen.coding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Memo settings ({@code theogen.memos.*}, docs/adr/036): how the model drafts code and category memos, and how
 * much of the researcher's own memos goes into the axial and selective prompts.
 *
 * @param draftAfterAxial draft memos as a stage of the model path, right after axial grouping (off by default: it
 *     costs one call per memo)
 * @param topCodes the most frequently applied codes that stage drafts a memo for
 * @param maxCategories most categories that stage drafts a memo for (the largest first)
 * @param maxTargets most codes and categories one "draft memos" request may name
 * @param fragmentsPerMemo most fragments shown to the model for one memo, spread across interviews
 * @param maxOutputTokens reply cap of one memo call
 * @param researcherContextTokens most tokens of the researcher's own memos put into one axial, core-category or
 *     paradigm prompt (newest memos first; 0 turns it off)
 */
@Validated
@ConfigurationProperties("theogen.memos")
public record MemoProperties(
        boolean draftAfterAxial,
        @Min(0) @Max(200) int topCodes,
        @Min(0) @Max(200) int maxCategories,
        @Min(1) @Max(500) int maxTargets,
        @Min(1) @Max(40) int fragmentsPerMemo,
        @Min(256) @Max(16_000) int maxOutputTokens,
        @Min(0) @Max(16_000) int researcherContextTokens) {}
