package com.theogen.llm.internal;

import java.time.Duration;

/** Waits between retries; replaced in tests so that backoff and {@code Retry-After} are observed, not slept. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());
}
