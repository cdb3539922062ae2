package com.theogen.llm;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.INTERNAL;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.UNAVAILABLE;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import com.theogen.shared.ErrorCode.Code;
import com.theogen.shared.ErrorCode.Retriable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The error codes of the LLM layer, as {@link com.theogen.shared.DomainException#code()} carries them. Callers decide
 * with {@link #retriable()} (the same request may succeed later) and {@link #endsRun()} (every later call of the same
 * run would fail the same way), never by comparing wire spellings.
 */
@Category(UNAVAILABLE)
public enum LlmError implements ErrorCode {
    /** The run has no model ({@link LlmAccess#remote()} is false). */
    @Code("LLM_OFFLINE")
    OFFLINE,
    /** The provider kept answering 429 through every retry, or asked to wait longer than allowed. */
    @Code("LLM_RATE_LIMITED")
    @Retriable
    RATE_LIMITED,
    /** No answer within the call timeout, retry included, or the provider stopped answering earlier in the run. */
    @Code("LLM_TIMEOUT")
    @Retriable
    TIMEOUT,
    /** 5xx, a reset connection or a reply that is not a chat completion, through every retry. */
    @Code("LLM_UNAVAILABLE")
    @Retriable
    UNAVAILABLE,
    /** The provider refused the request (4xx other than auth and context length). */
    @Code("LLM_REQUEST_REJECTED")
    REQUEST_REJECTED,
    /** The provider refused the server's key. */
    @Code("LLM_AUTH_FAILED")
    AUTH_FAILED,
    /** The reply did not parse or validate, even after one repair call. */
    @Code("LLM_OUTPUT_INVALID")
    OUTPUT_INVALID,
    /** The run's deadline passed before the model answered. */
    @Code("LLM_DEADLINE_EXCEEDED")
    @Retriable
    DEADLINE_EXCEEDED,
    /** The prompt cannot fit the model's window even after every trim step. */
    @Category(INVALID_INPUT)
    CONTEXT_BUDGET_EXCEEDED,
    /** The provider refused the user's own key. */
    @Category(INVALID_INPUT)
    BYO_KEY_REJECTED,
    @Category(INVALID_INPUT)
    BYO_KEY_REQUIRED,
    @Category(INVALID_INPUT)
    BYO_KEY_NOT_ALLOWED,
    @Category(INVALID_INPUT)
    BYO_KEY_MALFORMED,
    /** The run was canceled while a call was waiting or in flight; the same spelling as a canceled job. */
    @Category(CONFLICT)
    CANCELED,
    /** A prompt template or its variables are broken: a defect, not an input problem. */
    @Category(INTERNAL)
    PROMPT_INVALID;

    private static final Set<LlmError> ENDS_RUN = EnumSet.of(
            OFFLINE,
            AUTH_FAILED,
            DEADLINE_EXCEEDED,
            BYO_KEY_REJECTED,
            BYO_KEY_REQUIRED,
            BYO_KEY_NOT_ALLOWED,
            BYO_KEY_MALFORMED,
            CANCELED);

    /**
     * Whether every later call of the same run would fail the same way (no model, a refused key, the deadline, the
     * run canceled): a stage that can skip one failed call (an open-coding batch, a model grouping with an offline
     * fallback) must stop instead.
     */
    public boolean endsRun() {
        return ENDS_RUN.contains(this);
    }

    /** The LLM error {@code error} carries, if it carries one. */
    public static Optional<LlmError> of(DomainException error) {
        return error.code() instanceof LlmError llm ? Optional.of(llm) : Optional.empty();
    }
}
