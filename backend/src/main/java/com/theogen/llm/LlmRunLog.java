package com.theogen.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A thread-safe {@link LlmRunRecorder} that keeps every call and trim in arrival order. */
public final class LlmRunLog implements LlmRunRecorder {

    private final List<LlmUsage> calls = new CopyOnWriteArrayList<>();
    private final List<BudgetTrim> trims = new CopyOnWriteArrayList<>();

    @Override
    public void recordCall(LlmUsage usage) {
        calls.add(usage);
    }

    @Override
    public void recordTrim(BudgetTrim trim) {
        trims.add(trim);
    }

    /** Snapshot of the calls recorded so far. */
    public List<LlmUsage> calls() {
        return List.copyOf(calls);
    }

    /** Snapshot of the trims recorded so far. */
    public List<BudgetTrim> trims() {
        return List.copyOf(trims);
    }

    public long inputTokens() {
        return calls.stream().mapToLong(LlmUsage::inputTokens).sum();
    }

    public long outputTokens() {
        return calls.stream().mapToLong(LlmUsage::outputTokens).sum();
    }
}
