package com.theogen.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a model's reply into a validated output record, or says precisely why it cannot. */
final class StructuredOutput {

    private static final int EXCERPT = 200;
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    /**
     * Either a value or the errors that prevent one.
     *
     * @param truncated whether the reply was cut off and closed by the repair
     */
    record Outcome<T>(T value, boolean truncated, List<String> errors, String excerpt) {
        boolean valid() {
            return value != null && errors.isEmpty();
        }
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    private final Validator validator;

    StructuredOutput(Validator validator) {
        this.validator = validator;
    }

    <T> Outcome<T> parse(String reply, Class<T> type) {
        String excerpt = excerpt(reply);
        List<TolerantJson.Extracted> candidates = TolerantJson.candidates(reply);
        if (candidates.isEmpty()) {
            return new Outcome<>(null, false, List.of("the reply contains no JSON object"), excerpt);
        }
        TolerantJson.Extracted chosen =
                candidates.stream().filter(this::isJson).findFirst().orElse(candidates.get(0));
        T value;
        try {
            value = mapper.readValue(chosen.json(), type);
        } catch (JsonProcessingException e) {
            return new Outcome<>(null, chosen.truncated(), List.of(describe(e)), excerpt);
        }
        if (value == null) {
            return new Outcome<>(null, chosen.truncated(), List.of("the reply is JSON null"), excerpt);
        }
        List<String> violations = validator.validate(value).stream()
                .map(StructuredOutput::describe)
                .sorted(Comparator.naturalOrder())
                .toList();
        return new Outcome<>(value, chosen.truncated(), violations, excerpt);
    }

    /** A short, single-line, control-character-free start of the reply for error details. */
    static String excerpt(String reply) {
        if (reply == null || reply.isBlank()) {
            return "";
        }
        String flat = TolerantJson.clean(reply).replaceAll("\\s+", " ").strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "…" : flat;
    }

    private boolean isJson(TolerantJson.Extracted candidate) {
        try {
            JsonNode node = mapper.readTree(candidate.json());
            return node != null && node.isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String problem = e instanceof InvalidFormatException ? "has an invalid value" : "has the wrong type";
            return path + ": " + problem;
        }
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf('\n');
        return "not valid JSON: " + (cut > 0 ? message.substring(0, cut) : message);
    }

    private static String describe(ConstraintViolation<?> violation) {
        return path(violation.getPropertyPath()) + ": " + violation.getMessage();
    }

    private static String path(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            String name =
                    node.getName() == null || node.getName().startsWith("<") ? "" : SNAKE.translate(node.getName());
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "(root)" : String.join(".", parts);
    }
}
