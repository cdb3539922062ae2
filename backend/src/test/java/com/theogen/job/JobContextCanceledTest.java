package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** {@link JobContext#canceled()} answers the question {@link JobContext#checkCanceled()} throws for. */
class JobContextCanceledTest {

    @Test
    void canceledIsTrueExactlyWhenCheckCanceledThrows() {
        assertThat(context(false).canceled()).isFalse();
        assertThat(context(true).canceled()).isTrue();
    }

    private static JobContext context(boolean cancelRequested) {
        return new JobContext() {
            @Override
            public UUID jobId() {
                return UUID.randomUUID();
            }

            @Override
            public UUID projectId() {
                return UUID.randomUUID();
            }

            @Override
            public UUID ownerId() {
                return UUID.randomUUID();
            }

            @Override
            public int attempt() {
                return 1;
            }

            @Override
            public Map<String, Object> params() {
                return Map.of();
            }

            @Override
            public void progress(String step, int percent) {}

            @Override
            public void checkCanceled() {
                if (cancelRequested) {
                    throw new JobCanceledException();
                }
            }

            @Override
            public void markDegraded() {}

            @Override
            public <T> T stage(String step, int percent, Class<T> type, Callable<T> work) throws Exception {
                return work.call();
            }
        };
    }
}
