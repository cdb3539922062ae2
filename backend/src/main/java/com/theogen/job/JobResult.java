package com.theogen.job;

import com.theogen.shared.ErrorCode;
import java.util.Map;
import java.util.UUID;

/**
 * What a handler returns when its work is done.
 *
 * @param resultId what the job produced (a theory id …); may be null
 * @param degraded the job completed on a fallback path or with part of its work failed; shown to the user
 * @param outcome counts the job reports to its status readers (auto_code: {@code coded_fragments}, {@code
 *     skipped_fragments}, {@code failed_batches} …); never null
 * @param warning when part of the work failed and the job completed anyway, the error that made it fail; null
 *     otherwise
 */
public record JobResult(UUID resultId, boolean degraded, Map<String, Integer> outcome, ErrorCode warning) {

    public JobResult {
        outcome = outcome == null ? Map.of() : Map.copyOf(outcome);
    }

    public JobResult(UUID resultId, boolean degraded) {
        this(resultId, degraded, Map.of(), null);
    }

    public static JobResult of(UUID resultId) {
        return new JobResult(resultId, false);
    }
}
