package com.theogen.llm.internal;

/**
 * The messages sent to the model: the system message, then, when the prompt has a {@code [shared]} section, that
 * section as a user message of its own, then the stage's user message. The shared message is the part a chain of
 * calls repeats byte for byte (docs/adr/038); suffixes (schema instruction, researcher memos) go to the last user
 * message only, so they never break that prefix.
 *
 * @param shared the shared user message; empty when the prompt has none
 * @param reference prompt id and version, for the manifest
 */
record RenderedPrompt(String system, String shared, String user, String reference) {

    RenderedPrompt(String system, String user, String reference) {
        this(system, "", user, reference);
    }

    RenderedPrompt {
        shared = shared == null ? "" : shared;
    }

    RenderedPrompt withUserSuffix(String suffix) {
        return new RenderedPrompt(system, shared, user + "\n\n" + suffix, reference);
    }

    boolean hasShared() {
        return !shared.isEmpty();
    }
}
