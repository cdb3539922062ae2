package com.theogen.evidence;

import java.util.Map;
import java.util.UUID;

/**
 * How far the background indexing of a project's interviews has got (docs/adr/010): an interview uploaded a moment
 * ago is searchable only once indexed.
 */
public interface IndexProgress {

    /**
     * Interview id → {@code pending}, {@code indexing}, {@code indexed}, {@code failed} or {@code deleting}, for the
     * project's interviews that have been handed to the indexer.
     */
    Map<UUID, String> states(UUID projectId);
}
