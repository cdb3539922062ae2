package com.theogen.llm.internal;

import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRunContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one provider request with the layer's resilience rules: at most {@code max-concurrency} requests in
 * flight per provider (so a burst of coding calls cannot set off a 429 storm), a per-request timeout capped by
 * the run's deadline, and retries of transient failures (429, 5xx, 408, timeouts, connection resets) with
 * exponential backoff and equal jitter, or exactly the server's {@code Retry-After}. Other failures are thrown at
 * once. A permit is never held while waiting to retry.
 *
 * <p>A request left unanswered within the timeout is retried once, not up to {@code max-attempts}: a second silence
 * fails the call and opens the run's {@link com.theogen.llm.ProviderCircuit}, after which the run's later calls fail
 * at once. While a request is in flight the run's cancellation is checked every {@value #CHECK_MILLIS} ms and, when
 * it fires, the HTTP call is aborted ({@link InFlight}).
 */
final class ResilientCaller {

    private static final Logger log = LoggerFactory.getLogger(ResilientCaller.class);
    static final int MAX_UNANSWERED = 2;
    static final long CHECK_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofMillis(CHECK_MILLIS);
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "theogen-llm-cancel-watch");
        thread.setDaemon(true);
        return thread;
    });

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
        int unanswered = 0;
        for (int attempt = 1; ; attempt++) {
            checkCanceled(run);
            if (run.circuit().isOpen()) {
                throw LlmErrors.hung(model);
            }
            acquire(model, run);
            ProviderFailure failure;
            try {
                Duration timeout = timeoutFor(model, run);
                stats.requests++;
                R reply = watched(run, () -> request.apply(timeout));
                run.circuit().close();
                return reply;
            } catch (ProviderFailure e) {
                failure = e;
                metrics.requestFailed(model, e.kind());
            } finally {
                permits.release();
            }
            boolean silent = failure.kind() == ProviderFailure.Kind.TIMEOUT && failure.status() == 0;
            if (silent) {
                unanswered++;
            } else {
                run.circuit().close();
            }
            if (silent && unanswered >= MAX_UNANSWERED) {
                run.circuit().open();
                throw failure;
            }
            if (!failure.kind().transientFailure || attempt >= config.maxAttempts()) {
                throw failure;
            }
            Duration wait = waitBefore(attempt, failure);
            if (clock.instant().plus(wait).isAfter(run.deadline())) {
                throw LlmErrors.deadline(model);
            }
            if (silent) {
                log.warn("LLM request to {} got no answer in time; one more try in {} ms", model, wait.toMillis());
            } else {
                log.warn(
                        "LLM request to {} failed ({} {}: {}); retry {}/{} in {} ms",
                        model,
                        failure.kind(),
                        failure.status(),
                        failure.getMessage(),
                        attempt,
                        config.maxAttempts() - 1,
                        wait.toMillis());
            }
            stats.retries++;
            metrics.retried(model);
            pause(wait, run);
        }
    }

    /**
     * Runs one request with a watcher that aborts it when the run is canceled meanwhile; an aborted request ends the
     * call as {@code CANCELED}, whatever the transport then reported.
     */
    private static <R> R watched(LlmRunContext run, Supplier<R> request) {
        InFlight flight = new InFlight();
        ScheduledFuture<?> watch = WATCHER.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (run.canceled().getAsBoolean()) {
                            flight.abort();
                        }
                    } catch (RuntimeException e) {
                        log.debug("cancellation check failed while a request was in flight: {}", e.toString());
                    }
                },
                CHECK_MILLIS,
                CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        flight.bind();
        try {
            return request.get();
        } catch (RuntimeException e) {
            if (flight.aborted()) {
                throw LlmErrors.canceled();
            }
            throw e;
        } finally {
            flight.unbind();
            watch.cancel(false);
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
        checkCanceled(run);
        Duration remaining = Duration.between(clock.instant(), run.deadline());
        if (remaining.isNegative() || remaining.isZero()) {
            throw LlmErrors.deadline(model);
        }
        return remaining.compareTo(config.timeout()) < 0 ? remaining : config.timeout();
    }

    private void acquire(String model, LlmRunContext run) {
        try {
            while (!permits.tryAcquire(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                checkCanceled(run);
                if (!clock.instant().isBefore(run.deadline())) {
                    throw LlmErrors.deadline(model);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.canceled();
        }
    }

    private void pause(Duration wait, LlmRunContext run) {
        Instant until = clock.instant().plus(wait);
        try {
            Duration left = wait;
            while (!left.isNegative() && !left.isZero()) {
                checkCanceled(run);
                sleeper.sleep(left.compareTo(CHECK_EVERY) < 0 ? left : CHECK_EVERY);
                left = Duration.between(clock.instant(), until);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmErrors.canceled();
        }
        checkCanceled(run);
    }

    static void checkCanceled(LlmRunContext run) {
        if (run.canceled().getAsBoolean()) {
            throw LlmErrors.canceled();
        }
    }
}
