package com.theogen.theory.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.theory.Theory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A theory row exactly as a run stored it before the storage format was split from the API records (docs/adr/053):
 * {@code stored-theory-format-1.json} is that row dumped with {@code row_to_json} after a model-backed run of
 * {@code LlmTheoryRunTest}, and {@code api-theory.json} is what {@code GET /theories/{id}} answered for it then. The
 * row must still load, answer the same API document, and be written back in the same documents. The same row marked
 * as saved in a later format is refused with a 409 that says so, and left untouched.
 */
@IntegrationTest
class StoredTheoryFormatTest {

    private static final List<String> DOCUMENTS = List.of(
            "core_category",
            "paradigm",
            "propositions",
            "consequences",
            "gaps",
            "sampling_plan",
            "saturation",
            "network_summary",
            "coverage",
            "validation",
            "manifest");

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TheoryStore store;

    private String token;
    private UUID projectId;
    private UUID theoryId;
    private JsonNode row;

    @BeforeEach
    void storeTheOldRow() throws IOException {
        token = api.newUserToken();
        projectId = UUID.fromString(api.createProject(token, Map.of("name", "Stored format"))
                .get("id")
                .asText());
        theoryId = UUID.randomUUID();
        row = resource("stored-theory-format-1.json");
        List<String> columns = new ArrayList<>();
        row.fieldNames().forEachRemaining(columns::add);
        String list = String.join(", ", columns);
        jdbc.update(
                "INSERT INTO theories (" + list + ") SELECT " + list
                        + " FROM json_populate_record(null::theories, ?::json)",
                row.toString());
    }

    @Test
    void aTheoryStoredBeforeTheFormatWasVersionedLoadsAndAnswersTheSameApiDocument() throws IOException {
        JsonNode answered = ApiClient.okJson(api.get(token, "/api/projects/" + projectId + "/theories/" + theoryId));

        assertThat(answered).isEqualTo(resource("api-theory.json"));
        assertThat(jdbc.queryForObject("SELECT format_version FROM theories WHERE id = ?", Integer.class, theoryId))
                .isEqualTo(StoredTheory.FORMAT_VERSION);
    }

    @Test
    void aLoadedTheoryIsWrittenBackInTheSameDocuments() throws IOException {
        Theory loaded = store.find(projectId, theoryId).orElseThrow();
        jdbc.update("DELETE FROM theories WHERE id = ?", theoryId);

        Theory saved = store.insert(loaded);

        assertThat(saved).isEqualTo(loaded);
        for (String document : DOCUMENTS) {
            String written = jdbc.queryForObject(
                    "SELECT " + document + "::text FROM theories WHERE id = ?", String.class, theoryId);
            assertThat(json.readTree(written)).as(document).isEqualTo(row.get(document));
        }
    }

    @Test
    void aTheorySavedInANewerFormatIsAConflictThatSaysWhatToDoAndTheRowIsKept() {
        int newer = StoredTheory.FORMAT_VERSION + 1;
        jdbc.update("UPDATE theories SET format_version = ? WHERE id = ?", newer, theoryId);
        String before = rowAsJson();

        String theory = "/api/projects/" + projectId + "/theories/" + theoryId;
        List<WebTestClient.RequestHeadersSpec<?>> reads = List.of(
                api.get(token, theory),
                api.get(token, theory + "/network-layout"),
                api.http()
                        .post()
                        .uri(theory + "/export?format=pdf")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        for (WebTestClient.RequestHeadersSpec<?> read : reads) {
            read.exchange()
                    .expectStatus()
                    .isEqualTo(409)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.error_code")
                    .isEqualTo("THEORY_FORMAT_NEWER")
                    .jsonPath("$.detail")
                    .value(detail -> assertThat((String) detail)
                            .contains("saved by a newer TheoGen")
                            .contains("format " + newer)
                            .contains("run the newer TheoGen version"))
                    .jsonPath("$.theory_id")
                    .isEqualTo(theoryId.toString())
                    .jsonPath("$.format_version")
                    .isEqualTo(newer)
                    .jsonPath("$.readable_format_version")
                    .isEqualTo(StoredTheory.FORMAT_VERSION)
                    .jsonPath("$.incident_id")
                    .doesNotExist();
        }

        JsonNode history = ApiClient.okJson(api.get(token, "/api/projects/" + projectId + "/theories"));
        assertThat(history.get("items").get(0).get("id").asText()).isEqualTo(theoryId.toString());
        assertThat(rowAsJson()).isEqualTo(before);
    }

    private String rowAsJson() {
        return jdbc.queryForObject("SELECT row_to_json(t)::text FROM theories t WHERE id = ?", String.class, theoryId);
    }

    /** The resource with the dumped run's ids replaced by this test's project and theory. */
    private JsonNode resource(String name) throws IOException {
        JsonNode dumped = read("stored-theory-format-1.json");
        String text = text(name)
                .replace(dumped.get("id").asText(), theoryId.toString())
                .replace(dumped.get("project_id").asText(), projectId.toString())
                .replace(
                        dumped.get("job_id").asText(),
                        UUID.nameUUIDFromBytes(theoryId.toString().getBytes(StandardCharsets.UTF_8))
                                .toString());
        return json.readTree(text);
    }

    private JsonNode read(String name) throws IOException {
        return json.readTree(text(name));
    }

    private String text(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/theory/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
