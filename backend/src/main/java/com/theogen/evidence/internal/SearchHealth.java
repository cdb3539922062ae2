package com.theogen.evidence.internal;

import com.theogen.evidence.internal.onnx.OnnxEmbedder.WarmState;
import java.util.function.Supplier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Health component {@code search}: whether the embedding model that search and indexing need is warm. While it
 * loads after a start the component reads {@code WARMING}, a status the health aggregate ignores, so the
 * application is UP (it serves every other request) and search requests wait or are refused as retriable (503);
 * {@code UP} once warm; {@code DOWN} only when the model could not be loaded at all.
 */
class SearchHealth implements HealthIndicator {

    /** Reported while the model loads; not in the aggregate's status order, so it never fails the overall health. */
    static final Status WARMING = new Status("WARMING", "the embedding model is loading");

    private final Supplier<WarmState> state;

    SearchHealth(Supplier<WarmState> state) {
        this.state = state;
    }

    @Override
    public Health health() {
        return switch (state.get()) {
            case WARMING -> Health.status(WARMING).build();
            case READY -> Health.up().build();
            case FAILED ->
                Health.down().withDetail("error_code", "EVIDENCE_SOURCE_FAILED").build();
        };
    }
}
