package com.theogen.llm;

/**
 * The input budget of one model role: {@code available = contextLimit - maxOutputTokens - margin}.
 *
 * @param model model or deployment of the role
 * @param contextLimit configured context window in tokens
 * @param maxOutputTokens tokens reserved for the reply
 * @param margin safety margin for tokenizer differences and message framing
 * @param available tokens a prompt (messages and output schema) may use; may be negative when nothing fits
 */
public record TokenBudget(String model, int contextLimit, int maxOutputTokens, int margin, int available) {}
