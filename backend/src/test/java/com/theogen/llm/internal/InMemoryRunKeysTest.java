package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.llm.ByoKey;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryRunKeysTest {

    private final ByoKey key = ByoKey.fromHeader("sk-user-key-123").orElseThrow();

    @Test
    void handsTheKeyToTheJobUntilItIsForgotten() {
        InMemoryRunKeys keys = new InMemoryRunKeys();
        UUID job = UUID.randomUUID();
        keys.hold(job, key);

        assertThat(keys.find(job)).contains(key);
        assertThat(keys.find(UUID.randomUUID())).isEmpty();
        keys.forget(job);
        assertThat(keys.find(job)).isEmpty();
    }

    @Test
    void dropsKeysOfJobsThatNeverEndedAfterTheRetentionTime() {
        FakeTime time = new FakeTime();
        InMemoryRunKeys keys = new InMemoryRunKeys(time);
        UUID job = UUID.randomUUID();
        keys.hold(job, key);

        time.sleep(InMemoryRunKeys.RETENTION.minusSeconds(1));
        assertThat(keys.find(job)).contains(key);
        time.sleep(java.time.Duration.ofSeconds(2));
        assertThat(keys.find(job)).isEmpty();
    }

    @Test
    void aJobKeepsTheKeyItWasStartedWithWhenALaterRequestJoinsIt() {
        InMemoryRunKeys keys = new InMemoryRunKeys();
        UUID job = UUID.randomUUID();
        ByoKey later = ByoKey.fromHeader("sk-user-key-456").orElseThrow();

        keys.handOver(job, false, Optional.of(key));
        keys.handOver(job, true, Optional.of(later));
        assertThat(keys.find(job)).contains(key);

        UUID started = UUID.randomUUID();
        keys.handOver(started, true, Optional.of(later));
        assertThat(keys.find(started))
                .as("a joined job started without a key gets none")
                .isEmpty();
        keys.handOver(started, false, Optional.empty());
        assertThat(keys.find(started)).isEmpty();
    }
}
