package com.theogen.llm;

/**
 * One trim the budget planner made to fit a stage's payload into the model's context, for the run manifest.
 * Consecutive applications of the same step are reported once.
 *
 * @param stage the stage whose payload was trimmed
 * @param step the trim step's name, for example {@code fragments_per_category}
 * @param applications how many times the step was applied
 * @param tokensBefore prompt tokens before the first application
 * @param tokensAfter prompt tokens after the last application
 * @param result the payload's limits after the step, as the payload describes them
 */
public record BudgetTrim(
        String stage, String step, int applications, int tokensBefore, int tokensAfter, String result) {}
