package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobPropertiesTest {

    @Test
    void workersDefaultToHalfTheCoresAndAtLeastTwo() {
        assertThat(JobProperties.defaultWorkers(1)).isEqualTo(2);
        assertThat(JobProperties.defaultWorkers(2)).isEqualTo(2);
        assertThat(JobProperties.defaultWorkers(3)).isEqualTo(2);
        assertThat(JobProperties.defaultWorkers(8)).isEqualTo(4);
        assertThat(properties(null).runWorkers())
                .isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void aConfiguredWorkerCountWins() {
        assertThat(properties(3).runWorkers()).isEqualTo(3);
    }

    private static JobProperties properties(Integer workers) {
        return new JobProperties(2, 3, Duration.ofMinutes(1), Duration.ofMinutes(2), workers, 10);
    }
}
