package com.theogen.llm;

import java.util.List;
import java.util.Map;

/**
 * The variable-size part of a stage's prompt, with the order in which it may be trimmed to fit the model's
 * context. The budget planner renders the prompt from {@link #initial()}; only if it does not fit in {@code
 * context_limit - max_output - margin} does it apply {@link #trimOrder()} step by step, each step repeatedly
 * until it fits or the step is exhausted, then the next step. When every step is exhausted the call fails with
 * {@code CONTEXT_BUDGET_EXCEEDED}; a prompt that does not fit is never sent. {@link EvidencePayload} is the
 * ready-made payload for categories with evidence fragments and network rows.
 *
 * @param <S> an immutable description of how much of the payload is kept (limits, not the data itself)
 */
public interface BudgetedPayload<S> {

    /** The untrimmed state. */
    S initial();

    /** The prompt variables this payload fills for {@code state}; they must not overlap the fixed variables. */
    Map<String, String> render(S state);

    /**
     * Called by the budget planner with the state of the prompt it is about to send (after any trims). Nothing by
     * default; {@link ChainPayload} remembers it for the next call of its chain.
     */
    default void sent(S state) {}

    /** The trim steps, first applied first. */
    List<TrimStep<S>> trimOrder();

    /** A short, data-free description of {@code state} for the run manifest. */
    default String describe(S state) {
        return String.valueOf(state);
    }

    /**
     * The version of the text this payload assembles in Java (its layout, not its data), recorded in the run
     * manifest beside the prompt file's version; empty when it has none.
     */
    default String format() {
        return "";
    }
}
