package com.theogen.llm;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;
import java.util.Optional;

/**
 * The error codes of the LLM layer, as {@link com.theogen.shared.DomainException#code()} carries them. Callers decide
 * with {@link #retriable()} (the same request may succeed later) and {@link #endsRun()} (every later call of the same
 * run would fail the same way), never by comparing wire spellings.
 */
public enum LlmError implements ErrorCode {
    /** The run has no model ({@link LlmAccess#remote()} is false). */
    OFFLINE("LLM_OFFLINE", ErrorCategory.UNAVAILABLE, false, true),
    /** The provider kept answering 429 through every retry, or asked to wait longer than allowed. */
    RATE_LIMITED("LLM_RATE_LIMITED", ErrorCategory.UNAVAILABLE, true, false),
    /** No answer within the call timeout, retry included, or the provider stopped answering earlier in the run. */
    TIMEOUT("LLM_TIMEOUT", ErrorCategory.UNAVAILABLE, true, false),
    /** 5xx, a reset connection or a reply that is not a chat completion, through every retry. */
    UNAVAILABLE("LLM_UNAVAILABLE", ErrorCategory.UNAVAILABLE, true, false),
    /** The provider refused the request (4xx other than auth and context length). */
    REQUEST_REJECTED("LLM_REQUEST_REJECTED", ErrorCategory.UNAVAILABLE, false, false),
    /** The provider refused the server's key. */
    AUTH_FAILED("LLM_AUTH_FAILED", ErrorCategory.UNAVAILABLE, false, true),
    /** The reply did not parse or validate, even after one repair call. */
    OUTPUT_INVALID("LLM_OUTPUT_INVALID", ErrorCategory.UNAVAILABLE, false, false),
    /** The run's deadline passed before the model answered. */
    DEADLINE_EXCEEDED("LLM_DEADLINE_EXCEEDED", ErrorCategory.UNAVAILABLE, true, true),
    /** The prompt cannot fit the model's window even after every trim step. */
    CONTEXT_BUDGET_EXCEEDED("CONTEXT_BUDGET_EXCEEDED", ErrorCategory.INVALID_INPUT, false, false),
    /** The provider refused the user's own key. */
    BYO_KEY_REJECTED("BYO_KEY_REJECTED", ErrorCategory.INVALID_INPUT, false, true),
    BYO_KEY_REQUIRED("BYO_KEY_REQUIRED", ErrorCategory.INVALID_INPUT, false, true),
    BYO_KEY_NOT_ALLOWED("BYO_KEY_NOT_ALLOWED", ErrorCategory.INVALID_INPUT, false, true),
    BYO_KEY_MALFORMED("BYO_KEY_MALFORMED", ErrorCategory.INVALID_INPUT, false, true),
    /** The run was canceled while a call was waiting or in flight; the same spelling as a canceled job. */
    CANCELED("CANCELED", ErrorCategory.CONFLICT, false, true),
    /** A prompt template or its variables are broken: a defect, not an input problem. */
    PROMPT_INVALID("PROMPT_INVALID", ErrorCategory.INTERNAL, false, false);

    private final String code;
    private final ErrorCategory category;
    private final boolean retriable;
    private final boolean endsRun;

    LlmError(String code, ErrorCategory category, boolean retriable, boolean endsRun) {
        this.code = code;
        this.category = category;
        this.retriable = retriable;
        this.endsRun = endsRun;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean retriable() {
        return retriable;
    }

    /**
     * Whether every later call of the same run would fail the same way (no model, a refused key, the deadline, the
     * run canceled): a stage that can skip one failed call (an open-coding batch, a model grouping with an offline
     * fallback) must stop instead.
     */
    public boolean endsRun() {
        return endsRun;
    }

    /** The LLM error {@code error} carries, if it carries one. */
    public static Optional<LlmError> of(DomainException error) {
        return error.code() instanceof LlmError llm ? Optional.of(llm) : Optional.empty();
    }
}
