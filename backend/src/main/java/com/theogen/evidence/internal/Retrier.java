package com.theogen.evidence.internal;

import com.theogen.evidence.EvidenceSourceException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries an idempotent evidence write on retriable failures with exponential backoff, then rethrows the last
 * failure so that the caller's job can retry later.
 */
public class Retrier {

    private static final Logger log = LoggerFactory.getLogger(Retrier.class);

    private final int attempts;
    private final Duration firstBackoff;

    public Retrier(int attempts, Duration firstBackoff) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    public void run(String what, Runnable write) {
        call(what, () -> {
            write.run();
            return null;
        });
    }

    /** Like {@link #run}, for an idempotent call with a result. */
    public <T> T call(String what, java.util.function.Supplier<T> work) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (EvidenceSourceException e) {
                if (!e.retriable() || attempt >= attempts) {
                    throw e;
                }
                log.warn(
                        "{} failed (attempt {}/{}), retrying in {} ms: {}",
                        what,
                        attempt,
                        attempts,
                        backoff.toMillis(),
                        e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
