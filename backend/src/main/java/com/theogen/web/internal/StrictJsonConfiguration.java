package com.theogen.web.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.theogen.web.TextInput;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's JSON mapper takes values as they are typed: a number, boolean or float where a string is
 * expected is refused ({@code INVALID_TYPE}) instead of being turned into {@code "123456"}, an enum is never
 * read from its ordinal, and no string may carry a NUL character ({@code INVALID_TEXT}). String-to-number and
 * string-to-boolean coercion is already off ({@code spring.jackson.mapper.allow-coercion-of-scalars=false}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** Registered by Spring Boot's Jackson auto-configuration like any {@code Module} bean. */
    @Bean
    Module storableText() {
        return new SimpleModule("theogen-storable-text")
                .addDeserializer(String.class, new StorableStringDeserializer());
    }

    /** Jackson's own string reading (and its coercion rules), then the NUL check of {@link TextInput}. */
    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (!TextInput.storable(value)) {
                throw TextInput.invalid(field(p.getParsingContext()));
            }
            return value;
        }

        /** The property holding the string, also for a string inside an array ({@code "tags": ["a", …]}). */
        private static String field(JsonStreamContext context) {
            JsonStreamContext current = context;
            while (current != null && current.getCurrentName() == null) {
                current = current.getParent();
            }
            return current == null ? null : current.getCurrentName();
        }
    }
}
