package com.theogen.coding.internal;

import com.theogen.llm.LlmError;
import java.util.Set;
import java.util.UUID;

/**
 * What one open-coding engine did over the target fragments.
 *
 * @param failedFragments fragments of batches that failed: left unexamined so that a later run retries them
 * @param batchFailure what made most failed batches fail; {@code null} when none failed
 */
record EngineResult(
        DraftWriter.Written written,
        int quotesDropped,
        int failedBatches,
        Set<UUID> failedFragments,
        LlmError batchFailure) {

    static EngineResult none() {
        return new EngineResult(DraftWriter.Written.none(), 0, 0, Set.of(), null);
    }
}
