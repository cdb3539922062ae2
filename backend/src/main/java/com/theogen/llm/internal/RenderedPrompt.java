package com.theogen.llm.internal;

/**
 * The two messages sent to the model.
 *
 * @param reference prompt id and version, for the manifest
 */
record RenderedPrompt(String system, String user, String reference) {

    RenderedPrompt withUserSuffix(String suffix) {
        return new RenderedPrompt(system, user + "\n\n" + suffix, reference);
    }
}
