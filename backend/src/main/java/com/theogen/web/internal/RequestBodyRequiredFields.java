package com.theogen.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says in the OpenAPI document which fields of a request body the client may leave out: every schema an operation
 * takes as its body gets an explicit {@code required} list, empty when the server requires no field. The list
 * itself comes from the record (swagger reads {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} and
 * {@code @Schema(requiredMode = REQUIRED)}).
 *
 * <p>Response schemas carry no list: every property of an answer is sent (ADR 054), and the dashboard's generator
 * ({@code openapi-typescript --properties-required-by-default}) reads a schema without {@code required} that way.
 * A request schema must therefore spell out its list, also when it is empty (ADR 062).
 */
@Component
class RequestBodyRequiredFields implements GlobalOpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null
                || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        openApi.getPaths().values().stream()
                .map(PathItem::readOperations)
                .flatMap(operations -> operations.stream())
                .map(Operation::getRequestBody)
                .filter(Objects::nonNull)
                .map(RequestBody::getContent)
                .filter(Objects::nonNull)
                .flatMap((Content content) -> content.values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.get$ref() != null)
                .map(schema ->
                        schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)))
                .filter(Objects::nonNull)
                .forEach(RequestBodyRequiredFields::listRequired);
    }

    private static void listRequired(Schema<?> schema) {
        if (schema.getRequired() != null) {
            return;
        }
        // Schema.setRequired keeps no empty list, so the list is made with one item and emptied: "required": []
        schema.addRequiredItem("");
        schema.getRequired().clear();
    }
}
