package com.theogen.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.theogen.web.InputError;
import com.theogen.web.ProblemResponses;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The {@code INVALID_TYPE} problem: a JSON value of another type than the field's (a number for a string, an
 * array for a string, a word for a UUID …). Names the field and the type it takes; never echoes the value.
 */
final class JsonTypeProblems {

    private JsonTypeProblems() {}

    static ProblemDetail invalidType(MismatchedInputException mismatch) {
        String expected = describe(mismatch.getTargetType());
        Map<String, Object> extra = new LinkedHashMap<>();
        String detail;
        if (mismatch.getPath().isEmpty()) {
            detail = "The request body must be " + expected + "; values are never converted from another type";
        } else {
            String field = path(mismatch);
            extra.put("field", field);
            detail = "Field '" + field + "' must be " + expected + "; values are never converted from another type";
        }
        extra.put("expected", expected);
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, InputError.INVALID_TYPE.code(), detail, extra);
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class) {
            return "an integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (type.isEnum()) {
            return "one of the allowed words";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
