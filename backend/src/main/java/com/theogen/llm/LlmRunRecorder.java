package com.theogen.llm;

/**
 * Receives what the LLM layer did during a run, for the run manifest. Implementations must be thread-safe:
 * independent calls of one run may complete concurrently. {@link LlmRunLog} is a ready-made collector.
 */
public interface LlmRunRecorder {

    /** Called once per completed {@link LlmClient} call (successful or not when a request was sent). */
    void recordCall(LlmUsage usage);

    /** Called for every trim the budget planner made before a call was sent. */
    void recordTrim(BudgetTrim trim);

    /** A recorder that keeps nothing. */
    static LlmRunRecorder discarding() {
        return new LlmRunRecorder() {
            @Override
            public void recordCall(LlmUsage usage) {}

            @Override
            public void recordTrim(BudgetTrim trim) {}
        };
    }
}
