package com.theogen.llm.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One provider request in flight, so that canceling its run aborts the HTTP call instead of waiting for the reply
 * or the timeout. {@link ResilientCaller} binds it to the calling thread for the duration of the request; the
 * provider adapter, which sends the request on that same thread, registers how to abort it ({@link #current()},
 * {@link #onAbort}). Thread-safe: {@link #abort()} comes from the watcher thread.
 */
final class InFlight {

    private static final ThreadLocal<InFlight> CURRENT = new ThreadLocal<>();

    private final AtomicReference<Runnable> action = new AtomicReference<>();
    private final AtomicBoolean aborted = new AtomicBoolean();

    /** The request being sent on this thread, or {@code null} outside {@link ResilientCaller}. */
    static InFlight current() {
        return CURRENT.get();
    }

    void bind() {
        CURRENT.set(this);
    }

    void unbind() {
        CURRENT.remove();
    }

    /** How to abort the request; runs at once when the request was already aborted. */
    void onAbort(Runnable abort) {
        action.set(abort);
        if (aborted.get()) {
            abort.run();
        }
    }

    void abort() {
        if (aborted.compareAndSet(false, true)) {
            Runnable abort = action.get();
            if (abort != null) {
                abort.run();
            }
        }
    }

    boolean aborted() {
        return aborted.get();
    }
}
