package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's wire types ({@code frontend/src/api/schema.ts}) are generated from a checked-in copy of the
 * server's OpenAPI document, {@code frontend/src/api/openapi.json}. This test fails when that copy differs from
 * what the server serves at {@code /v3/api-docs}, so a controller change reaches the dashboard's type check;
 * run it with {@code -Dtheogen.openapi.write=true} to rewrite the copy, then {@code npm run generate:api}.
 * The copy has its keys sorted and no {@code servers} (the test server's random port).
 */
@IntegrationTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("..", "frontend", "src", "api", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Autowired
    ApiClient api;

    @Test
    void checkedInOpenApiSnapshotIsCurrent() throws IOException {
        String served = canonical(served());

        if (Boolean.getBoolean("theogen.openapi.write")) {
            Files.writeString(SNAPSHOT, served);
            return;
        }
        assertThat(Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT) : "")
                .as("frontend/src/api/openapi.json is stale: rerun this test with -Dtheogen.openapi.write=true, "
                        + "then `npm run generate:api` in frontend/")
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasTheIdTheDashboardCallsItBy() {
        List<String> ids = new ArrayList<>();
        served().get("paths")
                .forEach(path -> path.forEach(
                        operation -> ids.add(operation.path("operationId").asText())));

        assertThat(ids).hasSizeGreaterThanOrEqualTo(90).doesNotHaveDuplicates();
        // springdoc falls back to the Java method name, numbered (list_3) when two share it: ids must be declared
        assertThat(ids)
                .as("every controller method declares @Operation(operationId = ...)")
                .allMatch(id -> id.matches("[a-z][A-Za-z]+"), "a declared camelCase id");
        assertThat(ids).contains("listProjects", "uploadInterview", "generateTheory", "downloadExport");
    }

    @Test
    void documentNamesPropertiesAsTheyAreSentAndSaysWhichMayBeNull() {
        JsonNode project = served().at("/components/schemas/ProjectView/properties");

        assertThat(project.has("research_question")).isTrue();
        assertThat(project.has("researchQuestion")).isFalse();
        assertThat(project.at("/description/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(project.at("/name/type").toString()).isEqualTo("\"string\"");
    }

    @Test
    void everyRequestBodySaysWhichFieldsAreRequiredAndAnswersDoNot() {
        JsonNode document = served();
        List<String> bodies = new ArrayList<>();
        document.get("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("requestBody")
                        .path("content")
                        .forEach(
                                content -> bodies.add(content.at("/schema/$ref").asText()))));
        JsonNode schemas = document.at("/components/schemas");

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(25).allMatch(ref -> ref.startsWith("#/components/schemas/"));
        assertThat(bodies)
                .as("a request schema without 'required' would make the dashboard send every field")
                .allMatch(ref -> schemas.path(ref.substring(ref.lastIndexOf('/') + 1))
                        .path("required")
                        .isArray());
        assertThat(schemas.at("/UpdateCode/required").toString()).isEqualTo("[]");
        assertThat(schemas.at("/CreateCode/required").toString()).isEqualTo("[\"label\"]");
        assertThat(schemas.at("/AgreementRequest/required").toString()).isEqualTo("[\"coder_a\",\"coder_b\"]");
        assertThat(schemas.at("/CodeView").has("required")).isFalse();
    }

    private JsonNode served() {
        return api.apiDocs();
    }

    /** Sorted keys, two-space indent, a final newline: the same document always gives the same bytes. */
    static String canonical(JsonNode document) throws IOException {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        Map<?, ?> tree = JSON.treeToValue(copy, Map.class);
        return JSON.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
    }
}
