package com.theogen.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.web.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Maps any failure to the ProblemDetail the client sees. Unknown failures become a 500 with an incident id. */
final class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    private ProblemMapper() {}

    static ProblemDetail map(Throwable error) {
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            return ProblemResponses.problem(
                    HttpStatus.valueOf(domain.category().httpStatus()),
                    domain.errorCode(),
                    domain.getMessage(),
                    domain.details());
        }
        if (find(error, DataBufferLimitException.class) != null) {
            return ProblemResponses.problem(
                    ErrorCategory.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is larger than allowed");
        }
        if (error instanceof WebExchangeBindException bind) {
            return validation(bind);
        }
        if (error instanceof HandlerMethodValidationException methodValidation) {
            return methodValidation(methodValidation);
        }
        if (error instanceof ConstraintViolationException violation) {
            List<Map<String, Object>> errors = violation.getConstraintViolations().stream()
                    .map(v -> Map.<String, Object>of(
                            "field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                    .toList();
            return invalid(errors);
        }
        if (error instanceof ServerWebInputException input) {
            return input(input);
        }
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return ProblemResponses.problem(
                    ErrorCategory.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Content type is not supported");
        }
        if (error instanceof MethodNotAllowedException e) {
            return status(e.getStatusCode(), "METHOD_NOT_ALLOWED", "Method " + e.getHttpMethod() + " is not allowed");
        }
        if (error instanceof NotAcceptableStatusException e) {
            return status(e.getStatusCode(), "NOT_ACCEPTABLE", "No acceptable representation");
        }
        if (error instanceof ResponseStatusException e) {
            return responseStatus(e);
        }
        if (error instanceof OptimisticLockingFailureException) {
            return ProblemResponses.problem(
                    ErrorCategory.CONFLICT,
                    "CONCURRENT_UPDATE",
                    "Someone else changed this resource; reload and retry");
        }
        if (error instanceof DataIntegrityViolationException) {
            return ProblemResponses.problem(
                    ErrorCategory.CONFLICT, "CONSTRAINT_VIOLATION", "The change conflicts with existing data");
        }
        if (error instanceof AuthenticationException) {
            return ProblemResponses.problem(ErrorCategory.UNAUTHORIZED, "UNAUTHENTICATED", "Authentication required");
        }
        if (error instanceof AccessDeniedException) {
            return ProblemResponses.problem(ErrorCategory.FORBIDDEN, "ACCESS_DENIED", "Access denied");
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}", incident, error);
        return ProblemResponses.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                "An unexpected error occurred; it has been logged",
                Map.of("incident_id", incident));
    }

    private static ProblemDetail validation(WebExchangeBindException bind) {
        return invalid(
                bind.getFieldErrors().stream().map(ProblemMapper::fieldError).toList());
    }

    private static ProblemDetail methodValidation(HandlerMethodValidationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getAllValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(f -> errors.add(fieldError(f)));
                continue;
            }
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable resolvable : result.getResolvableErrors()) {
                String message = resolvable.getDefaultMessage() == null ? "is invalid" : resolvable.getDefaultMessage();
                errors.add(Map.of("field", SNAKE.translate(name), "message", message));
            }
        }
        return invalid(errors);
    }

    private static ProblemDetail invalid(List<Map<String, Object>> errors) {
        String detail = errors.stream()
                .map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        return ProblemResponses.problem(
                HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request: " + detail, Map.of("errors", errors));
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return SNAKE.translate(dot < 0 ? path : path.substring(dot + 1));
    }

    private static Map<String, Object> fieldError(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        return Map.of("field", SNAKE.translate(error.getField()), "message", message);
    }

    private static ProblemDetail input(ServerWebInputException input) {
        log.debug("Rejected request input", input);
        if ("No request body".equals(input.getReason())) {
            return bad("MISSING_BODY", "A request body is required");
        }
        UnrecognizedPropertyException unknown = find(input, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return bad("UNKNOWN_FIELD", "Unknown field '" + unknown.getPropertyName() + "'");
        }
        MismatchedInputException mismatch = find(input, MismatchedInputException.class);
        if (mismatch != null
                && mismatch.getPath().isEmpty()
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("No content")) {
            return bad("MISSING_BODY", "A request body is required");
        }
        if (mismatch != null) {
            return JsonTypeProblems.invalidType(mismatch);
        }
        if (find(input, JsonProcessingException.class) != null || find(input, DecodingException.class) != null) {
            return bad("MALFORMED_JSON", "The request body is not valid JSON");
        }
        TypeMismatchException typeMismatch = find(input, TypeMismatchException.class);
        if (typeMismatch != null) {
            String name = input.getMethodParameter() != null
                    ? input.getMethodParameter().getParameterName()
                    : typeMismatch.getPropertyName();
            return bad("INVALID_PARAMETER", "Parameter '" + name + "' has an invalid value");
        }
        if (input instanceof MissingRequestValueException missing) {
            return bad("MISSING_PARAMETER", "Missing " + missing.getLabel() + " '" + missing.getName() + "'");
        }
        return bad("INVALID_REQUEST", "The request is not valid");
    }

    private static ProblemDetail responseStatus(ResponseStatusException e) {
        HttpStatusCode code = e.getStatusCode();
        if (code.value() == 404) {
            return status(code, "NOT_FOUND", "No such resource");
        }
        if (code.value() == 413) {
            return status(code, "PAYLOAD_TOO_LARGE", "The request body is larger than allowed");
        }
        if (code.is5xxServerError()) {
            String incident = UUID.randomUUID().toString();
            log.error("Server error status, incident {}", incident, e);
            return ProblemResponses.problem(
                    code, "INTERNAL_ERROR", "An unexpected error occurred", Map.of("incident_id", incident));
        }
        HttpStatus known = HttpStatus.resolve(code.value());
        String errorCode = known != null ? known.name() : "HTTP_" + code.value();
        return status(code, errorCode, e.getReason() != null ? e.getReason() : "Request failed");
    }

    private static ProblemDetail bad(String errorCode, String detail) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, errorCode, detail, Map.of());
    }

    private static ProblemDetail status(HttpStatusCode status, String errorCode, String detail) {
        return ProblemResponses.problem(status, errorCode, detail, Map.of());
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
