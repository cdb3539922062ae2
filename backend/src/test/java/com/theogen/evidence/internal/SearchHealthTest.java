package com.theogen.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.evidence.internal.onnx.OnnxEmbedder.WarmState;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.SimpleStatusAggregator;
import org.springframework.boot.actuate.health.Status;

class SearchHealthTest {

    private final AtomicReference<WarmState> state = new AtomicReference<>(WarmState.WARMING);
    private final SearchHealth health = new SearchHealth(state::get);

    @Test
    void readsWarmingWhileTheModelLoadsWithoutTakingTheApplicationDown() {
        Status warming = health.health().getStatus();

        assertThat(warming.getCode()).isEqualTo("WARMING");
        // the aggregate Spring Boot builds for /actuator/health from the components
        assertThat(new SimpleStatusAggregator().getAggregateStatus(Set.of(Status.UP, warming)))
                .isEqualTo(Status.UP);
    }

    @Test
    void readsUpOnceWarmAndDownWhenTheModelCannotLoad() {
        state.set(WarmState.READY);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        state.set(WarmState.FAILED);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("error_code", "EVIDENCE_SOURCE_FAILED");
    }
}
