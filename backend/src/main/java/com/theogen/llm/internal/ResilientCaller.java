package com.theogen.llm.internal;

import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRunContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one provider request with the layer's resilience rules: at most {@code max-concurrency} requests in
 * flight per provider (so a burst of coding calls cannot set off a 429 storm), a per-request timeout capped by
 * the run's deadline, and retries of transient failures (429, 5xx, 408, timeouts, connection resets) with
 * exponential backoff and equal jitter, or exactly the server's {@code Retry-After}. Other failures are thrown at
 * once. A permit is never held while waiting to retry.
 */
final class ResilientCaller {

    private static final Logger log = LoggerFactory.getLogger(ResilientCaller.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final LlmProperties.Calls config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final LlmMetrics metrics;
    private final Semaphore permits;

    ResilientCaller(
            LlmProperties.Calls config, Clock clock, Sleeper sleeper, DoubleSupplier random, LlmMetrics metrics) {
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.metrics = metrics;
        this.permits = new Semaphore(config.maxConcurrency(), true);
    }

    /** @param request sends one request with the given timeout; throws {@link ProviderFailure} */
    <R> R execute(String model, LlmRunContext run, CallStats stats, Function<Duration, R> request) {
        for (int attempt = 1; ; attempt++) {
            checkCancelled(run);
            acquire(model, run);
            ProviderFailure failure;
            try {
                Duration timeout = timeoutFor(model, run);
                stats.requests++;
                return request.apply(timeout);
            } catch (ProviderFailure e) {
                failure = e;
                metrics.requestFailed(model, e.kind());
            } finally {
                permits.release();
            }
            if (!failure.kind().transientFailure || attempt >= config.maxAttempts()) {
                throw failure;
            }
            Duration wait = waitBefore(attempt, failure);
            if (clock.instant().plus(wait).isAfter(run.deadline())) {
                throw LlmErrors.deadline(model);
            }
            log.warn(
                    "LLM request to {} failed ({} {}: {}); retry {}/{} in {} ms",
                    model,
                    failure.kind(),
                    failure.status(),
                    failure.getMessage(),
                    attempt,
                    config.maxAttempts() - 1,
                    wait.toMillis());
            stats.retries++;
            metrics.retried(model);
            pause(wait, run);
        }
    }

    /** {@code Retry-After} when the server sent one, else {@code initial * 2^(attempt-1)} capped, with jitter. */
    Duration waitBefore(int attempt, ProviderFailure failure) {
        if (failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            if (asked.compareTo(config.maxRetryAfter()) > 0) {
                throw failure;
            }
            return asked;
        }
        long base = config.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped / 2.0)));
    }

    private Duration timeoutFor(String model, LlmRunContext run) {
        checkCancelled(run);
        Duration remaining = Duration.between(clock.instant(), run.deadline());
        if (remaining.isNegative() || remaining.isZero()) {
            throw LlmErrors.deadline(model);
        }
        return remaining.compareTo(config.timeout()) < 0 ? remaining : config.timeout();
    }

    private void acquire(String model, LlmRunContext run) {
        try {
            while (!permits.tryAcquire(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                checkCancelled(run);
                if (!clock.instant().isBefore(run.deadline())) {
                    throw LlmErrors.deadline(model);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.cancelled();
        }
    }

    private void pause(Duration wait, LlmRunContext run) {
        Instant until = clock.instant().plus(wait);
        try {
            Duration left = wait;
            while (!left.isNegative() && !left.isZero()) {
                checkCancelled(run);
                sleeper.sleep(left.compareTo(CHECK_EVERY) < 0 ? left : CHECK_EVERY);
                left = Duration.between(clock.instant(), until);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.cancelled();
        }
        checkCancelled(run);
    }

    static void checkCancelled(LlmRunContext run) {
        if (run.cancelled().getAsBoolean()) {
            throw LlmErrors.cancelled();
        }
    }
}
