package com.theogen.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.internal.Outputs.Paradigm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    @Test
    void describesRecordsInTheStrictSubsetWithSnakeCaseNames() {
        Map<String, Object> schema = JsonSchemas.of(Paradigm.class);

        assertThat(schema).containsEntry("type", "object").containsEntry("additionalProperties", false);
        assertThat(schema.get("required")).isEqualTo(List.of("core_category", "propositions", "consequences", "note"));
        Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
        assertThat(properties.get("propositions"))
                .isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
        Map<?, ?> consequence = (Map<?, ?>) ((Map<?, ?>) properties.get("consequences")).get("items");
        Map<?, ?> fields = (Map<?, ?>) consequence.get("properties");
        assertThat(fields.get("type"))
                .isEqualTo(Map.of("type", "string", "enum", List.of("material", "social", "institutional")));
        assertThat(fields.get("evidence_ids")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
        assertThat(consequence.get("additionalProperties")).isEqualTo(false);
    }

    @Test
    void nullableComponentsAcceptNull() {
        Map<?, ?> properties = (Map<?, ?>) JsonSchemas.of(Paradigm.class).get("properties");

        assertThat(properties.get("note")).isEqualTo(Map.of("type", List.of("string", "null")));
    }

    record WithMap(Map<String, String> values) {}

    record Typed(@com.theogen.llm.SchemaEnum(Outputs.ConsequenceType.class) String type, String note) {}

    @Test
    void aStringMarkedSchemaEnumIsAnEnumInTheSchemaButReadAsText() throws Exception {
        Map<?, ?> properties = (Map<?, ?>) JsonSchemas.of(Typed.class).get("properties");

        assertThat(properties.get("type"))
                .isEqualTo(Map.of("type", "string", "enum", List.of("material", "social", "institutional")));
        assertThat(properties.get("note")).isEqualTo(Map.of("type", "string"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readValue("{\"type\":\"spiritual\",\"note\":\"\"}", Typed.class)
                        .type())
                .isEqualTo("spiritual");
    }

    @Test
    void refusesUntypedShapes() {
        assertThatThrownBy(() -> JsonSchemas.of(WithMap.class)).hasMessageContaining("Unsupported type");
        assertThatThrownBy(() -> JsonSchemas.of(String.class)).hasMessageContaining("must be a record");
    }

    @Test
    void namesTheSchemaAfterTheRecord() {
        assertThat(JsonSchemas.name(Paradigm.class)).isEqualTo("paradigm");
        assertThat(JsonSchemas.name(WithMap.class)).isEqualTo("with_map");
    }
}
