package com.theogen.llm;

/**
 * A validated reply.
 *
 * @param output the parsed output record; it passed Bean Validation
 * @param usage what the call cost (already sent to the run's recorder)
 * @param <T> the output type
 */
public record LlmResult<T>(T output, LlmUsage usage) {}
