package com.theogen.llm.internal;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The LLM layer's error codes, in one place so that their categories stay consistent. */
final class LlmErrors {

    private LlmErrors() {}

    static DomainException offline(String reason) {
        return new DomainException(
                ErrorCategory.UNAVAILABLE, "LLM_OFFLINE", "No language model is available for this run: " + reason);
    }

    static DomainException budgetExceeded(String stage, String model, int promptTokens, int available, String detail) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", stage);
        details.put("model", model);
        details.put("prompt_tokens", promptTokens);
        details.put("available_tokens", available);
        return new DomainException(
                ErrorCategory.INVALID_INPUT,
                "CONTEXT_BUDGET_EXCEEDED",
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
                ErrorCategory.UNAVAILABLE,
                "LLM_OUTPUT_INVALID",
                "Model " + model + " did not return valid " + stage + " output, even after a repair request",
                details);
    }

    static DomainException provider(
            String errorCode, ErrorCategory category, String message, String model, int status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("model", model);
        if (status > 0) {
            details.put("provider_status", status);
        }
        return new DomainException(category, errorCode, message, details);
    }

    /** The error a caller sees once a provider failure is final (retries and fallbacks exhausted). */
    static DomainException fromProvider(ProviderFailure failure, String model, String stage, boolean userKey) {
        String said = failure.getMessage() == null || failure.getMessage().isBlank() ? "" : ": " + failure.getMessage();
        int status = failure.status();
        return switch (failure.kind()) {
            case RATE_LIMITED ->
                provider(
                        "LLM_RATE_LIMITED",
                        ErrorCategory.UNAVAILABLE,
                        "Model " + model + " is rate-limiting requests; try again later" + said,
                        model,
                        status);
            case TIMEOUT ->
                provider(
                        "LLM_TIMEOUT",
                        ErrorCategory.UNAVAILABLE,
                        "Model " + model + " did not answer in time",
                        model,
                        status);
            case SERVER_ERROR, CONNECTION, INVALID_RESPONSE ->
                provider(
                        "LLM_UNAVAILABLE",
                        ErrorCategory.UNAVAILABLE,
                        "Model " + model + " is unavailable" + said,
                        model,
                        status);
            case AUTH ->
                userKey
                        ? provider(
                                "BYO_KEY_REJECTED",
                                ErrorCategory.INVALID_INPUT,
                                "The provider rejected your API key for model " + model,
                                model,
                                status)
                        : provider(
                                "LLM_AUTH_FAILED",
                                ErrorCategory.UNAVAILABLE,
                                "The provider rejected the server's credentials for model " + model,
                                model,
                                status);
            case CONTEXT_LENGTH -> budgetExceeded(stage, model, -1, -1, "the provider reported" + said);
            case UNSUPPORTED_PARAMETER, REJECTED ->
                provider(
                        "LLM_REQUEST_REJECTED",
                        ErrorCategory.UNAVAILABLE,
                        "Model " + model + " rejected the request" + said,
                        model,
                        status);
        };
    }

    static DomainException deadline(String model) {
        return new DomainException(
                ErrorCategory.UNAVAILABLE,
                "LLM_DEADLINE_EXCEEDED",
                "The run's deadline passed before model " + model + " answered");
    }

    static DomainException cancelled() {
        return new DomainException(ErrorCategory.CONFLICT, "RUN_CANCELLED", "The run was cancelled");
    }

    static DomainException byoKeyNotAllowed() {
        return DomainException.invalid(
                "BYO_KEY_NOT_ALLOWED", "This server does not accept users' own API keys; remove the key header");
    }

    static DomainException byoKeyRequired(String header) {
        return DomainException.invalid(
                "BYO_KEY_REQUIRED", "This server runs models only with your own API key: send it in " + header);
    }

    static DomainException promptProblem(String message) {
        return new DomainException(ErrorCategory.INTERNAL, "PROMPT_INVALID", message);
    }
}
