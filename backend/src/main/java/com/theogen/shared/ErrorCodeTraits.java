package com.theogen.shared;

import java.util.HashMap;
import java.util.Map;

/** Reads an {@link ErrorCode} enum's annotations once per enum, for the interface's default methods. */
final class ErrorCodeTraits {

    record Traits(String code, ErrorCategory category, boolean retriable) {}

    private static final ClassValue<Map<String, Traits>> BY_ENUM = new ClassValue<>() {
        @Override
        protected Map<String, Traits> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private ErrorCodeTraits() {}

    static Traits of(ErrorCode code) {
        if (!(code instanceof Enum<?> constant)) {
            throw new IllegalStateException(code.getClass().getName() + " is not an enum: it must override code(),"
                    + " category() and retriable()");
        }
        return BY_ENUM.get(constant.getDeclaringClass()).get(constant.name());
    }

    private static Map<String, Traits> read(Class<?> type) {
        ErrorCode.Category fallback = type.getAnnotation(ErrorCode.Category.class);
        Map<String, Traits> traits = new HashMap<>();
        for (Object value : type.getEnumConstants()) {
            String name = ((Enum<?>) value).name();
            java.lang.reflect.Field field;
            try {
                field = type.getField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            ErrorCode.Category category = field.getAnnotation(ErrorCode.Category.class);
            if (category == null) {
                category = fallback;
            }
            if (category == null) {
                throw new IllegalStateException(
                        type.getName() + "." + name + " has no @ErrorCode.Category, nor has" + " its enum");
            }
            ErrorCode.Code code = field.getAnnotation(ErrorCode.Code.class);
            traits.put(
                    name,
                    new Traits(
                            code == null ? name : code.value(),
                            category.value(),
                            field.isAnnotationPresent(ErrorCode.Retriable.class)));
        }
        return Map.copyOf(traits);
    }
}
