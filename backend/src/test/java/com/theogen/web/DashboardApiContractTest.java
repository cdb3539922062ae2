package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's API client only calls operations listed in {@code frontend/src/api/contract.json} (its
 * vitest suite checks that, and that the TypeScript types match the listed fields). This test closes the
 * loop: the listed operations and fields must exist, with those types, in the server's OpenAPI document.
 */
@IntegrationTest
class DashboardApiContractTest {

    static final Path CONTRACT = Path.of("..", "frontend", "src", "api", "contract.json");

    @Autowired
    ApiClient api;

    JsonNode openApi;
    JsonNode contract;

    @BeforeEach
    void load() throws IOException {
        openApi = api.http()
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        contract = new ObjectMapper().readTree(CONTRACT.toFile());
    }

    @Test
    void everyOperationAndFieldTheDashboardUsesIsInTheOpenApiDocument() {
        assertThat(contract.get("operations").size()).isGreaterThanOrEqualTo(8);
        assertThat(DashboardContract.mismatches(contract, openApi)).isEmpty();
    }

    @Test
    void openApiDocumentNamesPropertiesAsTheyAreSent() {
        JsonNode project = openApi.at("/components/schemas/ProjectView/properties");
        assertThat(project.has("research_question")).isTrue();
        assertThat(project.has("researchQuestion")).isFalse();
    }

    @Test
    void reportsAFieldTheServerDoesNotHave() {
        ObjectNode drifted = contract.deepCopy();
        ((ObjectNode) drifted.at("/schemas/Project")).put("title", "string");

        assertThat(DashboardContract.mismatches(drifted, openApi))
                .containsExactlyInAnyOrder(
                        "getProject (GET /api/projects/{projectId}) response: Project has no field 'title'",
                        "listProjects (GET /api/projects) response.items[]: Project has no field 'title'",
                        "createProject (POST /api/projects) response: Project has no field 'title'",
                        "updateProject (PATCH /api/projects/{projectId}) response: Project has no field 'title'");
    }

    @Test
    void reportsAnOperationOrTypeThatChanged() {
        ObjectNode drifted = contract.deepCopy();
        ((ObjectNode) drifted.at("/operations/getProject")).put("path", "/api/project/{projectId}");
        ((ObjectNode) drifted.at("/schemas/ProjectPage")).put("total_items", "string");
        ((ObjectNode) drifted.at("/schemas/ProjectCreate")).put("colour", "string");
        ((ArrayNode) drifted.at("/operations/uploadInterview/form")).add("pseudonym");

        assertThat(DashboardContract.mismatches(drifted, openApi))
                .contains(
                        "getProject (GET /api/project/{projectId}): no such operation",
                        "listProjects (GET /api/projects) response.total_items: is integer, expected string",
                        "createProject (POST /api/projects) request: ProjectCreate has no field 'colour'",
                        "uploadInterview (POST /api/projects/{projectId}/interviews): no form field 'pseudonym'");
    }
}
