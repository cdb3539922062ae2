package com.theogen.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** Upload → background indexing → search over HTTP, deletes and the resync job, as a researcher uses them. */
@IntegrationTest
class EvidenceApiTest {

    /** Embedding runs in the background on a shared, loaded 2-core machine: patience, not a timing claim. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    static final String ROSA =
            """
            Entrevistadora: ¿Cómo se organizaron en el barrio durante la pandemia?

            Rosa: Las vecinas armamos una olla común en la parroquia. Cocinábamos para cuarenta familias cada día.

            Entrevistadora: ¿Quién cuidaba a los niños mientras tanto?

            Rosa: Mi hermana se encargaba del cuidado de los niños, y yo salía a buscar donaciones al mercado.
            """;

    static final String JOHN =
            """
            Interviewer: What changed at the clinic last winter?

            John: The clinic closed on weekends, so I drove my father to the city hospital every Saturday.

            Interviewer: And now?

            John: Now a volunteer nurse visits us at home.
            """;

    @Autowired
    ApiClient api;

    @Autowired
    VectorIndex index;

    @Autowired
    JdbcTemplate jdbc;

    String token;
    String project;

    @BeforeEach
    void userWithProject() {
        token = api.newUserToken();
        project = api.createProject(token, Map.of("name", "Barrio", "language", "es"))
                .get("id")
                .asText();
    }

    @Test
    void uploadedInterviewBecomesSearchableWithAccentInsensitiveHighlights() {
        String interview = upload("rosa.txt", ROSA, "Rosa", "es");

        JsonNode hit = awaitFirstHit("olla COMUN");

        assertThat(hit.get("interview_id").asText()).isEqualTo(interview);
        assertThat(hit.get("interview_label").asText()).isEqualTo("Rosa");
        assertThat(hit.get("speaker").asText()).isEqualTo("Rosa");
        String text = hit.get("text").asText();
        assertThat(text).contains("olla común");
        List<String> highlighted = new ArrayList<>();
        hit.get("highlights")
                .forEach(h -> highlighted.add(
                        text.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(highlighted).contains("olla", "común");
        assertThat(hit.get("score").asDouble()).isPositive();
        JsonNode index = search("q=olla").get("index");
        assertThat(List.of(
                        index.get("interviews").asInt(),
                        index.get("indexed").asInt(),
                        index.get("pending").asInt(),
                        index.get("failed").asInt()))
                .containsExactly(1, 1, 0, 0);
    }

    @Test
    void searchSaysHowManyInterviewsItCouldNotSeeYet() {
        String rosa = upload("rosa.txt", ROSA, "Rosa", "es");
        String john = upload("john.txt", JOHN, "John", "en");
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> search("q=olla").at("/index/indexed").asInt() == 2);
        // as the sync worker leaves them when the embedding service is down, and right after an upload
        jdbc.update("UPDATE evidence_sync SET state = 'failed' WHERE interview_id = ?", UUID.fromString(john));
        jdbc.update("UPDATE evidence_sync SET state = 'pending' WHERE interview_id = ?", UUID.fromString(rosa));

        JsonNode index = search("q=olla").get("index");

        assertThat(index.get("interviews").asInt()).isEqualTo(2);
        assertThat(index.get("indexed").asInt()).isZero();
        assertThat(index.get("pending").asInt()).isEqualTo(1);
        assertThat(index.get("failed").asInt()).isEqualTo(1);
    }

    @Test
    void filtersBySpeakerInterviewAndCategory() {
        String rosa = upload("rosa.txt", ROSA, "Rosa", "es");
        String john = upload("john.txt", JOHN, "John", "en");
        awaitFirstHit("olla");
        awaitFirstHit("clinic");

        JsonNode interviewer = search("q=barrio pandemia&speaker=Entrevistadora&limit=50");
        assertThat(interviewer.get("results")).isNotEmpty();
        interviewer.get("results").forEach(h -> assertThat(h.get("speaker").asText())
                .isEqualTo("Entrevistadora"));

        JsonNode onlyJohn = search("q=clinic olla&interview=" + john + "&limit=50");
        assertThat(onlyJohn.get("results")).isNotEmpty();
        onlyJohn.get("results")
                .forEach(h -> assertThat(h.get("interview_id").asText()).isEqualTo(john));

        JsonNode unknownCategory = search("q=olla&category=" + UUID.randomUUID());
        assertThat(unknownCategory.get("results")).isEmpty();
        assertThat(unknownCategory.get("degraded").asBoolean()).isFalse();
        assertThat(rosa).isNotEqualTo(john);
    }

    @Test
    void excludesInterviewerTurnsWhenAskedAndListsEachHitsCodes() {
        upload("rosa.txt", ROSA, "Rosa", "es");
        JsonNode olla = awaitFirstHit("olla");
        String query = "q=barrio pandemia niños olla cuidado&limit=50";
        assertThat(speakers(search(query))).contains("Entrevistadora", "Rosa");

        assertThat(speakers(search(query + "&exclude_interviewer=true")))
                .isNotEmpty()
                .containsOnly("Rosa");
        assertThat(speakers(search(query + "&exclude_interviewer=false"))).contains("Entrevistadora");

        JsonNode applied = api.http()
                .post()
                .uri("/api/fragments/" + olla.get("fragment_id").asText() + "/codes")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("label", "Olla común", "quote_start", 0, "quote_end", 10))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String codeId = applied.get("code_id").asText();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode hits = search("q=olla&exclude_interviewer=true").get("results");
            List<String> coded = new ArrayList<>();
            hits.forEach(h -> {
                if (h.get("fragment_id").asText().equals(olla.get("fragment_id").asText())) {
                    h.get("code_ids").forEach(c -> coded.add(c.asText()));
                }
            });
            assertThat(coded).containsExactly(codeId);
        });
        search("q=olla").get("results").forEach(h -> {
            if (!h.get("fragment_id").asText().equals(olla.get("fragment_id").asText())) {
                assertThat(h.get("code_ids")).isEmpty();
            }
        });
    }

    private static List<String> speakers(JsonNode response) {
        List<String> speakers = new ArrayList<>();
        response.get("results").forEach(h -> speakers.add(h.get("speaker").asText()));
        return speakers;
    }

    @Test
    void deletingAnInterviewRemovesItsPoints() {
        String rosa = upload("rosa.txt", ROSA, "Rosa", "es");
        upload("john.txt", JOHN, "John", "en");
        awaitFirstHit("olla");
        awaitFirstHit("clinic");
        long before = index.count(UUID.fromString(project));

        api.http()
                .delete()
                .uri("/api/interviews/" + rosa)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(index.count(UUID.fromString(project)))
                .isPositive()
                .isLessThan(before));
        // semantic search still returns the nearest fragments, but none of the deleted interview
        search("q=olla común&limit=100")
                .get("results")
                .forEach(h -> assertThat(h.get("interview_id").asText()).isNotEqualTo(rosa));
        assertThat(search("q=clinic").get("results")).isNotEmpty();
    }

    @Test
    void deletingAProjectRemovesItsPoints() {
        upload("rosa.txt", ROSA, "Rosa", "es");
        awaitFirstHit("olla");

        api.http()
                .delete()
                .uri("/api/projects/" + project)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE).until(() -> index.count(UUID.fromString(project)) == 0);
    }

    @Test
    void resyncJobRebuildsAWipedIndex() {
        upload("rosa.txt", ROSA, "Rosa", "es");
        awaitFirstHit("olla");
        long indexed = index.count(UUID.fromString(project));
        index.deleteProject(UUID.fromString(project)); // the store lost the project's points
        assertThat(search("q=olla").get("results")).isEmpty();

        JsonNode accepted = api.http()
                .post()
                .uri("/api/projects/" + project + "/evidence/resync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(accepted.get("kind").asText()).isEqualTo("evidence_resync");
        String status = accepted.get("status_url").asText();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get(token, status)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(JsonNode.class)
                        .returnResult()
                        .getResponseBody()
                        .get("status")
                        .asText())
                .isEqualTo("completed"));
        assertThat(index.count(UUID.fromString(project))).isEqualTo(indexed);
        assertThat(search("q=olla").get("results")).isNotEmpty();
    }

    @Test
    void anotherUsersProjectIsNotFound() {
        String stranger = api.newUserToken();

        api.get(stranger, "/api/projects/" + project + "/search?q=olla")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("NOT_FOUND");
        api.http()
                .post()
                .uri("/api/projects/" + project + "/evidence/resync")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void rejectsBadSearchParametersWithProblemDetails() {
        expectProblem("", 400, "QUERY_REQUIRED");
        api.http()
                .get()
                .uri(b -> b.path("/api/projects/" + project + "/search")
                        .queryParam("q", "   ")
                        .build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("QUERY_REQUIRED");
        expectProblem("q=" + "a".repeat(1001), 400, "QUERY_TOO_LONG");
        expectProblem("q=olla&limit=0", 400, "VALIDATION_FAILED");
        expectProblem("q=olla&limit=101", 400, "VALIDATION_FAILED");
        expectProblem("q=olla&limit=many", 400, "INVALID_PARAMETER");
        expectProblem("q=olla&category=not-a-uuid", 400, "INVALID_PARAMETER");
        expectProblem("q=olla&interview=42", 400, "INVALID_PARAMETER");
    }

    private void expectProblem(String query, int status, String code) {
        api.get(token, "/api/projects/" + project + "/search?" + query)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo(code)
                .jsonPath("$.trace")
                .doesNotExist();
    }

    /** The best hit that matches the query's words (semantic neighbours of other interviews do not count). */
    private JsonNode awaitFirstHit(String q) {
        List<JsonNode> hit = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode result : search("q=" + q).get("results")) {
                if (!result.get("highlights").isEmpty()) {
                    hit.add(result);
                    return true;
                }
            }
            return false;
        });
        return hit.get(0);
    }

    private JsonNode search(String query) {
        return api.get(token, "/api/projects/" + project + "/search?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private String upload(String filename, String text, String participant, String language) {
        return TranscriptUploads.upload(api, token, project, filename, text, participant, language);
    }
}
