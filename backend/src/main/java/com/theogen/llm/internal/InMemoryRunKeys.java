package com.theogen.llm.internal;

import com.theogen.llm.ByoKey;
import com.theogen.llm.RunKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Keys live only in this map; a job that never calls {@link #forget} loses its key after the retention time. */
@Component
final class InMemoryRunKeys implements RunKeys {

    static final Duration RETENTION = Duration.ofHours(24);

    private record Held(ByoKey key, Instant expires) {}

    private final ConcurrentHashMap<UUID, Held> keys = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryRunKeys() {
        this(Clock.systemUTC());
    }

    InMemoryRunKeys(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void hold(UUID jobId, ByoKey key) {
        Instant now = clock.instant();
        keys.values().removeIf(held -> held.expires().isBefore(now));
        keys.put(jobId, new Held(key, now.plus(RETENTION)));
    }

    @Override
    public Optional<ByoKey> find(UUID jobId) {
        Held held = keys.get(jobId);
        if (held == null || held.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(held.key());
    }

    @Override
    public void forget(UUID jobId) {
        keys.remove(jobId);
    }
}
