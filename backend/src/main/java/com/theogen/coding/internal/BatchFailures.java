package com.theogen.coding.internal;

import com.theogen.job.JobCanceledException;
import com.theogen.llm.LlmError;
import com.theogen.shared.DomainException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which failed model calls a coding run may skip, and what the failed batches of one open-coding run say: the error
 * most of them share, or the run's own failure.
 */
final class BatchFailures {

    private BatchFailures() {}

    /**
     * Only a model failure that later calls need not share can skip its part: a cancellation (as {@link
     * JobCanceledException}), a failure that ends the run, or an error that is not the model's propagates.
     */
    static void rethrowUnlessSkippable(DomainException e) {
        rethrow(e, true);
    }

    /** Like {@link #rethrowUnlessSkippable}, but an error that is not the model's is skipped too. */
    static void rethrowIfRunEnds(DomainException e) {
        rethrow(e, false);
    }

    private static void rethrow(DomainException e, boolean notModelEndsRun) {
        if (e.is(LlmError.CANCELED)) {
            throw new JobCanceledException();
        }
        if (LlmError.of(e).map(LlmError::endsRun).orElse(notModelEndsRun)) {
            throw e;
        }
    }

    /**
     * The code most failures carry; on a tie the one declared first in {@link LlmError} (transport failures before
     * output problems), so that the answer does not depend on which batch finished first. {@code null} for none.
     */
    static LlmError mostFrequent(List<DomainException> failures) {
        Map<LlmError, Integer> counts = new EnumMap<>(LlmError.class);
        failures.forEach(e -> LlmError.of(e).ifPresent(code -> counts.merge(code, 1, Integer::sum)));
        LlmError most = null;
        for (Map.Entry<LlmError, Integer> entry : counts.entrySet()) {
            if (most == null || entry.getValue() > counts.get(most)) {
                most = entry.getKey();
            }
        }
        return most;
    }

    /** The error of an open-coding run in which every batch failed: the provider's, with the counts as details. */
    static DomainException everyBatchFailed(
            String stage, LlmError cause, List<DomainException> failures, int batches, int fragments) {
        DomainException example =
                failures.stream().filter(e -> e.is(cause)).findFirst().orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", stage);
        details.put("failed_batches", failures.size());
        details.put("batches", batches);
        details.put("skipped_fragments", fragments);
        return new DomainException(
                cause,
                "Open coding failed: every one of the " + batches + " batches failed and no fragment was coded. "
                        + example.getMessage(),
                details,
                example);
    }
}
