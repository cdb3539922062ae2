package com.theogen.coding.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The JSONB columns of {@code codes}: {@code aliases} and {@code examples} (lists of strings) and {@code
 * properties} (the code's properties and dimensions).
 */
final class CodeJson {

    /** A code's properties and dimensions; never null lists. */
    record Properties(List<String> properties, List<String> dimensions) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> PROPERTIES = new TypeReference<>() {};

    private CodeJson() {}

    /** An empty list for SQL null. */
    static List<String> strings(String value) {
        return value == null ? List.of() : read(value, STRINGS);
    }

    /** Empty lists for SQL null. */
    static Properties properties(String value) {
        Map<String, List<String>> map = value == null ? Map.of() : read(value, PROPERTIES);
        return new Properties(map.getOrDefault("properties", List.of()), map.getOrDefault("dimensions", List.of()));
    }

    /** The {@code properties} column for these lists; SQL null when both are null or empty. */
    static String properties(List<String> properties, List<String> dimensions) {
        boolean none = (properties == null || properties.isEmpty()) && (dimensions == null || dimensions.isEmpty());
        return none
                ? null
                : write(Map.of(
                        "properties", properties == null ? List.of() : properties,
                        "dimensions", dimensions == null ? List.of() : dimensions));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String value, TypeReference<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
