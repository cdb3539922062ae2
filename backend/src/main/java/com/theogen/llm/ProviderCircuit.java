package com.theogen.llm;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the calls of one run have learned about the provider, shared by every {@link LlmRunContext} of that run. A
 * request that gets no answer within the call timeout is retried once; when the retry gets none either the provider
 * is taken as hung for the rest of the run ({@link #open()}): later calls of the run fail at once with {@code
 * LLM_TIMEOUT} instead of each waiting out the timeout again, so a hung provider ends a run within about twice the
 * call timeout. Any reply (an answer or an HTTP error) closes it again. Thread-safe; maintained by the LLM layer.
 */
public final class ProviderCircuit {

    private final AtomicBoolean open = new AtomicBoolean();

    /** Whether the provider stopped answering earlier in the run. */
    public boolean isOpen() {
        return open.get();
    }

    /** The provider left a request and its retry unanswered. */
    public void open() {
        open.set(true);
    }

    /** The provider replied. */
    public void close() {
        open.set(false);
    }
}
