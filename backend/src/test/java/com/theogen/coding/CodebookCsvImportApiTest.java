package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Codebook import from CSV over HTTP: creation, updates, the export round trip, dialects and bad input. */
@IntegrationTest
class CodebookCsvImportApiTest {

    @Autowired
    ApiClient api;

    @Test
    void createsTheHierarchyAndFillsInExistingCodesWithoutDeleting() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        coding.json(
                token,
                "POST",
                "/api/projects/" + projectId + "/codes",
                Map.of("label", "Night care", "definition", "Old definition"),
                201);
        coding.json(token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "Untouched"), 201);

        String csv = "code,parent,definition,inclusion,exclusion,examples,color\r\n"
                + "night CARE,Care work,Caring at night,Looks after someone at night,Paid night shifts,"
                + "\"I stay up | He wakes me\",#aa00cc\n"
                + "Care work,,Unpaid care,,,,\n"
                + ",,no label here,,,,\n"
                + "Respite,Care work,A break,,,,not-a-colour\n"
                + "Respite,,repeated,,,,\n";
        JsonNode result = importCsv(token, projectId, csv.getBytes(StandardCharsets.UTF_8), 200);

        assertThat(result.get("created").asInt()).as("Care work and Respite").isEqualTo(2);
        assertThat(result.get("updated").asInt()).isEqualTo(1);
        assertThat(result.get("skipped").asInt()).isEqualTo(2);
        assertThat(result.get("problems"))
                .extracting(p -> p.get("line").asInt())
                .containsExactly(4, 5, 6);
        Map<String, JsonNode> codes = codesByLabel(coding, token, projectId);
        assertThat(codes).containsOnlyKeys("Night care", "Care work", "Respite", "Untouched");
        JsonNode night = codes.get("Night care");
        assertThat(night.get("definition").asText()).isEqualTo("Caring at night");
        assertThat(night.get("inclusion_criteria").asText()).isEqualTo("Looks after someone at night");
        assertThat(night.get("exclusion_criteria").asText()).isEqualTo("Paid night shifts");
        assertThat(night.get("examples")).extracting(JsonNode::asText).containsExactly("I stay up", "He wakes me");
        assertThat(night.get("color").asText()).isEqualTo("#AA00CC");
        assertThat(night.get("parent_id").asText())
                .isEqualTo(codes.get("Care work").get("id").asText());
        assertThat(codes.get("Respite").get("parent_id").asText())
                .isEqualTo(codes.get("Care work").get("id").asText());
        assertThat(codes.get("Respite").get("definition").asText()).isEqualTo("A break");

        JsonNode again = importCsv(token, projectId, csv.getBytes(StandardCharsets.UTF_8), 200);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt())
                .as("nothing changed the second time")
                .isZero();
        assertThat(codesByLabel(coding, token, projectId)).hasSize(4);
    }

    @Test
    void importingTheCodebookExportIntoAFreshProjectRecreatesItsCodes() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String source = coding.project(token, "en");
        coding.json(
                token,
                "POST",
                "/api/projects/" + source + "/codes",
                Map.of("label", "Night care", "definition", "Caring, at night; \"really\"\nlate"),
                201);
        coding.json(
                token,
                "POST",
                "/api/projects/" + source + "/codes",
                Map.of("label", "Cost", "definition", "=money spent"),
                201);
        byte[] exported = api.http()
                .get()
                .uri("/api/projects/" + source + "/codebook/export?format=csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        String target = coding.project(token, "en");

        JsonNode result = importCsv(token, target, exported, 200);

        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("problems")).isEmpty();
        Map<String, JsonNode> codes = codesByLabel(coding, token, target);
        assertThat(codes.get("Night care").get("definition").asText()).isEqualTo("Caring, at night; \"really\"\nlate");
        assertThat(codes.get("Cost").get("definition").asText()).isEqualTo("=money spent");
    }

    @Test
    void readsSemicolonsQuotedNewlinesAndAByteOrderMark() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "es");
        String csv = "\uFEFFCode;Definition;Examples\r\n"
                + "Cuidado nocturno;\"Cuidar de noche;\r\ncon \"\"sueño\"\"\";Me quedo despierta | Mi padre\r\n"
                + "Costes;Dinero;\r\n";

        JsonNode result = importCsv(token, projectId, csv.getBytes(StandardCharsets.UTF_8), 200);

        assertThat(result.get("created").asInt()).isEqualTo(2);
        Map<String, JsonNode> codes = codesByLabel(coding, token, projectId);
        assertThat(codes).containsOnlyKeys("Cuidado nocturno", "Costes");
        assertThat(codes.get("Cuidado nocturno").get("definition").asText())
                .isEqualTo("Cuidar de noche;\r\ncon \"sueño\"");
        assertThat(codes.get("Cuidado nocturno").get("examples"))
                .extracting(JsonNode::asText)
                .containsExactly("Me quedo despierta", "Mi padre");
    }

    @Test
    void badInputIsA400NamingTheLineAndWritesNothing() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        StringBuilder many = new StringBuilder("code\n");
        for (int i = 0; i <= CodebookImport.MAX_ROWS; i++) {
            many.append("code ").append(i).append('\n');
        }
        byte[] latin1 = "code,definition\nCafé,ok\n".getBytes(StandardCharsets.ISO_8859_1);

        expectError(token, projectId, "definition\nx\n", "CSV_MISSING_CODE_COLUMN", 1);
        expectError(token, projectId, "code,weight\nx,1\n", "CSV_UNKNOWN_COLUMN", 1);
        expectError(
                token, projectId, "code,definition\nok,fine\nlong," + "d".repeat(5001) + "\n", "CSV_FIELD_TOO_LONG", 3);
        expectError(token, projectId, "code,parent\nA,B\nB,A\n", "CSV_PARENT_CYCLE", 2);
        expectError(token, projectId, "code,parent\nA,A\n", "CSV_PARENT_CYCLE", 2);
        expectError(token, projectId, many.toString(), "CSV_TOO_MANY_ROWS", CodebookImport.MAX_ROWS + 2);
        expectError(token, projectId, latin1, "CSV_NOT_UTF8", 2);
        expectError(token, projectId, "code,definition\nA,\"never closed\n", "CSV_MALFORMED", 2);
        expectError(token, projectId, "", "CSV_MALFORMED", 1);

        assertThat(codesByLabel(coding, token, projectId)).isEmpty();
    }

    @Test
    void anotherUsersProjectIsNotFoundAndAViewerMayNotImport() {
        CodingApi coding = new CodingApi(api);
        String owner = api.newUserToken();
        String projectId = coding.project(owner, "en");
        byte[] csv = "code\nA\n".getBytes(StandardCharsets.UTF_8);

        importCsv(api.newUserToken(), projectId, csv, 404);

        String email = "viewer-" + UUID.randomUUID() + "@example.org";
        String viewer = api.register(email).get("access_token").asText();
        coding.json(
                owner,
                "POST",
                "/api/projects/" + projectId + "/members",
                Map.of("email", email, "role", "viewer"),
                201);
        JsonNode refused = importCsv(viewer, projectId, csv, 403);
        assertThat(refused.get("error_code").asText()).isEqualTo("ROLE_REQUIRED");
        assertThat(codesByLabel(coding, owner, projectId)).isEmpty();
    }

    private void expectError(String token, String projectId, String csv, String code, int line) {
        expectError(token, projectId, csv.getBytes(StandardCharsets.UTF_8), code, line);
    }

    private void expectError(String token, String projectId, byte[] csv, String code, int line) {
        JsonNode problem = importCsv(token, projectId, csv, 400);
        assertThat(problem.get("error_code").asText()).as(code).isEqualTo(code);
        assertThat(problem.get("line").asInt()).as(code + " line").isEqualTo(line);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private JsonNode importCsv(String token, String projectId, byte[] csv, int status) {
        WebTestClient.RequestBodySpec request = api.http()
                .post()
                .uri("/api/projects/" + projectId + "/codebook/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return request.bodyValue(csv)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static Map<String, JsonNode> codesByLabel(CodingApi coding, String token, String projectId) {
        Map<String, JsonNode> byLabel = new HashMap<>();
        coding.json(token, "GET", "/api/projects/" + projectId + "/codes?size=500", null, 200)
                .get("items")
                .forEach(c -> byLabel.put(c.get("label").asText(), c));
        return byLabel;
    }
}
