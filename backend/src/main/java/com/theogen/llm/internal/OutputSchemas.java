package com.theogen.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON schema of each output type, derived and written once, then reused by every call expecting the type. */
final class OutputSchemas {

    /** A schema as sent: its name, the schema itself (for {@code response_format}) and its JSON (for prompts). */
    record Schema(String name, Map<String, Object> schema, String json) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Class<?>, Schema> byType = new ConcurrentHashMap<>();

    Schema of(Class<?> type) {
        return byType.computeIfAbsent(type, OutputSchemas::write);
    }

    private static Schema write(Class<?> type) {
        Map<String, Object> schema = JsonSchemas.of(type);
        try {
            return new Schema(JsonSchemas.name(type), schema, JSON.writeValueAsString(schema));
        } catch (JsonProcessingException e) {
            throw LlmErrors.promptProblem("Cannot write the output schema of " + type.getName());
        }
    }
}
