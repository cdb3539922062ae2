package com.theogen.llm;

import java.util.List;
import java.util.Optional;

/**
 * The one entry point later stages use to reach a model. All methods are blocking: call them from jobs or
 * through {@code com.theogen.web.BlockingBridge}, never on an event-loop thread. Every failure is a {@link
 * com.theogen.shared.DomainException} whose {@link com.theogen.shared.DomainException#code() code} is an {@link
 * LlmError}:
 *
 * <ul>
 *   <li>{@code LLM_OFFLINE} (503): the run has no model ({@link LlmAccess#remote()} is false);
 *   <li>{@code CONTEXT_BUDGET_EXCEEDED} (400): the prompt cannot fit even after every trim step;
 *   <li>{@code LLM_OUTPUT_INVALID} (503): the reply did not parse or validate, even after one repair call;
 *       details carry a short {@code excerpt} and the first validation {@code errors};
 *   <li>{@code LLM_RATE_LIMITED}, {@code LLM_TIMEOUT}, {@code LLM_UNAVAILABLE} (503): transient failures that
 *       persisted through every retry ({@code LLM_TIMEOUT} also at once when the provider stopped answering earlier
 *       in the run, see {@link ProviderCircuit});
 *   <li>{@code LLM_REQUEST_REJECTED}, {@code LLM_AUTH_FAILED} (503) and {@code BYO_KEY_REJECTED} (400): the
 *       provider refused the request or the key;
 *   <li>{@code LLM_DEADLINE_EXCEEDED} (503) and {@code CANCELED} (409): the run's deadline passed or the run was
 *       canceled (a request in flight is aborted).
 * </ul>
 */
public interface LlmClient {

    /**
     * Decides how a request with this (optional) user key will reach a model. Call it when a run is requested,
     * so key problems are answered with 400 before any work starts.
     *
     * @throws com.theogen.shared.DomainException {@code BYO_KEY_NOT_ALLOWED} (400) when a key was sent but the
     *     server does not accept users' keys; {@code BYO_KEY_REQUIRED} (400) in {@link CostMode#BYO_KEY} mode
     *     without a key
     */
    LlmAccess access(Optional<ByoKey> userKey);

    /**
     * Sends one structured call: renders the prompt with the domain template, fits it into the role's budget
     * (trimming {@link LlmRequest#payload()} only when needed, each trim recorded), sends it with the output
     * schema when the model supports it, and returns the parsed, validated output. Transient failures are
     * retried; parameters the model rejects are dropped or renamed and remembered for the process lifetime.
     * Usage is sent to the run's recorder, also when the call fails after sending a request.
     */
    <T> LlmResult<T> call(LlmRequest<T> request, LlmRunContext run);

    /**
     * Embeds {@code texts} with the configured embedding model (Azure deployment or OpenAI-compatible model), in
     * batches, each text cut to the model's input limit. An empty list returns no vectors and sends nothing.
     */
    Embeddings embed(List<String> texts, LlmRunContext run);

    /** The input token budget of {@code role} for a reply of up to {@code maxOutputTokens}. */
    TokenBudget budget(ModelRole role, int maxOutputTokens);

    /** Tokens of {@code text} with the encoding of {@code role}'s model; for stages that batch their input. */
    int countTokens(ModelRole role, String text);

    /** Configuration summary without secrets. */
    LlmStatus status();
}
