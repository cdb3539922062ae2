package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.InlineJobContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link JobContext#canceled()} answers the question {@link JobContext#checkCanceled()} throws for. */
class JobContextCanceledTest {

    @Test
    void canceledIsTrueExactlyWhenCheckCanceledThrows() {
        assertThat(new InlineJobContext(UUID.randomUUID(), false).canceled()).isFalse();
        assertThat(new InlineJobContext(UUID.randomUUID(), true).canceled()).isTrue();
    }
}
