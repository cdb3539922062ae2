package com.theogen.web.internal;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says in the OpenAPI document which properties may be {@code null}: those whose record component carries
 * {@link Nullable}. Every other property of a response is always present and never null, so the dashboard's types
 * generated from the document ({@code frontend/src/api/schema.ts}) keep exactly the null checks the server needs.
 *
 * <p>Written the OpenAPI 3.1 (JSON Schema) way: {@code "null"} joins the property's {@code type} and {@code enum},
 * and a reference to another schema becomes {@code anyOf: [reference, {type: null}]}. Two steps, because swagger's
 * model resolver copies property schemas the 3.0 way after the property customizers ran, which drops a type list:
 * the property customizer marks the property, and the document customizer rewrites the marked ones at the end.
 */
@Component
class NullableProperties implements PropertyCustomizer, GlobalOpenApiCustomizer {

    private static final String MARK = "x-theogen-nullable";

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        boolean nullable = type.getCtxAnnotations() != null
                && Arrays.stream(type.getCtxAnnotations()).anyMatch(Nullable.class::isInstance);
        if (property == null || !nullable) {
            return property;
        }
        if (property.get$ref() != null) {
            // a bare $ref may carry nothing beside it
            Schema<Object> wrapped = new Schema<>().allOf(List.of(new Schema<>().$ref(property.get$ref())));
            wrapped.addExtension(MARK, true);
            return wrapped;
        }
        property.addExtension(MARK, true);
        return property;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.replaceAll((name, property) -> marked(property) ? nullable(property) : property);
            }
        }
    }

    private static boolean marked(Schema<?> property) {
        return property.getExtensions() != null && property.getExtensions().containsKey(MARK);
    }

    private static Schema<?> nullable(Schema<?> property) {
        property.getExtensions().remove(MARK);
        if (property.getExtensions().isEmpty()) {
            property.setExtensions(null);
        }
        Schema<Object> nullValue = new Schema<>();
        nullValue.addType("null");
        if (property.getAllOf() != null && property.getAllOf().size() == 1) {
            return new Schema<>().anyOf(List.of(property.getAllOf().get(0), nullValue));
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            ((Schema<Object>) property).setEnum(values);
        }
        return property;
    }
}
