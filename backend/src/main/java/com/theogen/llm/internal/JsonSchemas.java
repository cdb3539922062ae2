package com.theogen.llm.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.theogen.llm.SchemaEnum;
import jakarta.annotation.Nullable;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON schema of a stage's output record, in the strict subset OpenAI structured outputs accept: every
 * property required, no additional properties, optional values as a union with {@code null} (components marked
 * {@link Nullable}). Property names follow the snake_case the reply is parsed with ({@link JsonProperty} wins).
 * Maps and untyped values are refused: a stage output must be fully typed.
 */
final class JsonSchemas {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final ObjectMapper ENUMS = new ObjectMapper();
    private static final int MAX_DEPTH = 12;

    private JsonSchemas() {}

    /** A name the {@code response_format} accepts: snake_case of the class name. */
    static String name(Class<?> type) {
        String name = SNAKE.translate(type.getSimpleName()).replaceAll("[^a-zA-Z0-9_-]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    static Map<String, Object> of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("LLM output type must be a record: " + type.getName());
        }
        return schema(type, 0);
    }

    private static Map<String, Object> schema(Type type, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("LLM output type nests too deeply (recursive?): " + type);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return array(schema(parameterized.getActualTypeArguments()[0], depth + 1));
            }
            throw unsupported(type);
        }
        if (type instanceof GenericArrayType array) {
            return array(schema(array.getGenericComponentType(), depth + 1));
        }
        if (!(type instanceof Class<?> cls)) {
            throw unsupported(type);
        }
        if (cls.isArray()) {
            return array(schema(cls.getComponentType(), depth + 1));
        }
        if (cls == String.class || cls == UUID.class || cls == Character.class || cls == char.class) {
            return primitive("string");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return primitive("boolean");
        }
        if (Set.of(int.class, long.class, short.class, byte.class).contains(cls)
                || Set.of(Integer.class, Long.class, Short.class, Byte.class, BigInteger.class)
                        .contains(cls)) {
            return primitive("integer");
        }
        if (Set.of(double.class, float.class, Double.class, Float.class, BigDecimal.class)
                .contains(cls)) {
            return primitive("number");
        }
        if (cls.isEnum()) {
            Map<String, Object> schema = primitive("string");
            schema.put(
                    "enum",
                    Arrays.stream(cls.getEnumConstants())
                            .map(c -> ENUMS.convertValue(c, String.class))
                            .toList());
            return schema;
        }
        if (cls.isRecord()) {
            return object(cls, depth);
        }
        throw unsupported(type);
    }

    private static Map<String, Object> object(Class<?> record, int depth) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = propertyName(record, component);
            Map<String, Object> schema =
                    enumOf(record, component).orElseGet(() -> schema(component.getGenericType(), depth + 1));
            properties.put(name, nullable(record, component) ? orNull(schema) : schema);
            required.add(name);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** A {@code String} component marked {@link SchemaEnum}: the enum's wire names. */
    private static java.util.Optional<Map<String, Object>> enumOf(Class<?> record, RecordComponent component) {
        for (AnnotatedElement element : annotated(record, component)) {
            SchemaEnum values = element.getAnnotation(SchemaEnum.class);
            if (values != null && component.getType() == String.class) {
                return java.util.Optional.of(schema(values.value(), 0));
            }
        }
        return java.util.Optional.empty();
    }

    private static String propertyName(Class<?> record, RecordComponent component) {
        for (AnnotatedElement element : annotated(record, component)) {
            JsonProperty property = element.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return SNAKE.translate(component.getName());
    }

    private static boolean nullable(Class<?> record, RecordComponent component) {
        return annotated(record, component).stream().anyMatch(e -> e.isAnnotationPresent(Nullable.class));
    }

    private static List<AnnotatedElement> annotated(Class<?> record, RecordComponent component) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(component, component.getAccessor()));
        try {
            elements.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // records always declare a field per component; nothing to add otherwise
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> orNull(Map<String, Object> schema) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        Object type = copy.get("type");
        if (type instanceof String single) {
            copy.put("type", List.of(single, "null"));
        }
        if (copy.get("enum") instanceof List<?> values) {
            List<Object> withNull = new ArrayList<>((List<Object>) values);
            withNull.add(null);
            copy.put("enum", withNull);
        }
        return copy;
    }

    private static Map<String, Object> primitive(String type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        return schema;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> schema = primitive("array");
        schema.put("items", items);
        return schema;
    }

    private static IllegalArgumentException unsupported(Type type) {
        return new IllegalArgumentException("Unsupported type in an LLM output record: " + type.getTypeName()
                + " (use records, lists, strings, numbers, booleans and enums)");
    }
}
