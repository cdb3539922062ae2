package com.theogen.job;

import java.util.UUID;

/** What a handler returns when its work is done. {@code resultId} may be null. */
public record JobResult(UUID resultId, boolean degraded) {

    public static JobResult of(UUID resultId) {
        return new JobResult(resultId, false);
    }
}
