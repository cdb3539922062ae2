package com.theogen.coding.internal;

import java.util.Set;
import java.util.UUID;

/**
 * What one open-coding engine did over the target fragments.
 *
 * @param failedFragments fragments of batches that failed: left unexamined so that a later run retries them
 */
record EngineResult(DraftWriter.Written written, int quotesDropped, int failedBatches, Set<UUID> failedFragments) {}
