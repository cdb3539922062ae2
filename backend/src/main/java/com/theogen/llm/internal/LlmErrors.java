package com.theogen.llm.internal;

import com.theogen.llm.LlmError;
import com.theogen.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the LLM layer's exceptions, so that messages and details stay consistent per {@link LlmError}. */
final class LlmErrors {

    private LlmErrors() {}

    static DomainException offline(String reason) {
        return new DomainException(LlmError.OFFLINE, "No language model is available for this run: " + reason);
    }

    static DomainException budgetExceeded(String stage, String model, int promptTokens, int available, String detail) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", stage);
        details.put("model", model);
        details.put("prompt_tokens", promptTokens);
        details.put("available_tokens", available);
        return new DomainException(
                LlmError.CONTEXT_BUDGET_EXCEEDED,
                "The " + stage + " prompt needs " + promptTokens + " tokens but model " + model + " leaves " + available
                        + " for input" + (detail.isEmpty() ? "" : " (" + detail + ")"),
                details);
    }

    static DomainException outputInvalid(String stage, String model, String excerpt, List<String> errors) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", stage);
        details.put("model", model);
        details.put("excerpt", excerpt);
        details.put("errors", errors.stream().limit(5).toList());
        return new DomainException(
                LlmError.OUTPUT_INVALID,
                "Model " + model + " did not return valid " + stage + " output, even after a repair request",
                details);
    }

    static DomainException provider(LlmError code, String message, String model, int status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("model", model);
        if (status > 0) {
            details.put("provider_status", status);
        }
        return new DomainException(code, message, details);
    }

    /** The error a caller sees once a provider failure is final (retries and fallbacks exhausted). */
    static DomainException fromProvider(ProviderFailure failure, String model, String stage, boolean userKey) {
        String said = failure.getMessage() == null || failure.getMessage().isBlank() ? "" : ": " + failure.getMessage();
        int status = failure.status();
        return switch (failure.kind()) {
            case RATE_LIMITED ->
                provider(
                        LlmError.RATE_LIMITED,
                        "Model " + model + " is rate-limiting requests; try again later" + said,
                        model,
                        status);
            case TIMEOUT -> provider(LlmError.TIMEOUT, "Model " + model + " did not answer in time", model, status);
            case SERVER_ERROR, CONNECTION, INVALID_RESPONSE ->
                provider(LlmError.UNAVAILABLE, "Model " + model + " is unavailable" + said, model, status);
            case AUTH ->
                userKey
                        ? provider(
                                LlmError.BYO_KEY_REJECTED,
                                "The provider rejected your API key for model " + model,
                                model,
                                status)
                        : provider(
                                LlmError.AUTH_FAILED,
                                "The provider rejected the server's credentials for model " + model,
                                model,
                                status);
            case CONTEXT_LENGTH -> budgetExceeded(stage, model, -1, -1, "the provider reported" + said);
            case UNSUPPORTED_PARAMETER, REJECTED ->
                provider(LlmError.REQUEST_REJECTED, "Model " + model + " rejected the request" + said, model, status);
        };
    }

    static DomainException deadline(String model) {
        return new DomainException(
                LlmError.DEADLINE_EXCEEDED, "The run's deadline passed before model " + model + " answered");
    }

    /** Later calls of a run whose provider stopped answering fail at once instead of waiting out their timeout. */
    static DomainException hung(String model) {
        return new DomainException(
                LlmError.TIMEOUT,
                "Model " + model + " stopped answering earlier in this run (no reply within the call timeout, retry"
                        + " included); not waiting again");
    }

    static DomainException canceled() {
        return new DomainException(LlmError.CANCELED, "The run was canceled");
    }

    static DomainException byoKeyNotAllowed() {
        return new DomainException(
                LlmError.BYO_KEY_NOT_ALLOWED, "This server does not accept users' own API keys; remove the key header");
    }

    static DomainException byoKeyRequired(String header) {
        return new DomainException(
                LlmError.BYO_KEY_REQUIRED, "This server runs models only with your own API key: send it in " + header);
    }

    static DomainException promptProblem(String message) {
        return new DomainException(LlmError.PROMPT_INVALID, message);
    }
}
