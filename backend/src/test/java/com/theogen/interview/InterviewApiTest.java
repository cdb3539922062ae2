package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
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

@IntegrationTest
class InterviewApiTest {

    private static final String MARTA = "Entrevistadora: ¿Cómo empezó todo con tu madre?\n\n"
            + "Marta: Pues mira, fue de repente. Un domingo la casa olía a gas. Desde entonces voy cada día.\n\n"
            + "Entrevistadora: ¿Y el trabajo en el hospital?\n\n"
            + "Marta: Hago noches para poder estar con ella por la mañana. La política del hospital no ayuda.";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    String token;
    String projectId;

    @BeforeEach
    void userWithProject() {
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Cuidados", "language", "en"))
                .get("id")
                .asText();
    }

    @Test
    void uploadsATranscriptAndReadsItBackWithExactOffsets() {
        JsonNode interview = Uploads.with(api)
                .file("C:\\Users\\ana\\marta.txt", MARTA)
                .field("participant", "Marta")
                .created(token, projectId);

        assertThat(interview.get("participant").asText()).isEqualTo("Marta");
        assertThat(interview.get("source_filename").asText()).isEqualTo("marta.txt");
        assertThat(interview.get("format").asText()).isEqualTo("txt");
        assertThat(interview.get("language").asText()).isEqualTo("es");
        assertThat(interview.get("status").asText()).isEqualTo("ready");
        assertThat(interview.get("fragment_count").asInt()).isEqualTo(4);
        assertThat(interview.get("word_count").asInt()).isGreaterThan(40);
        assertThat(texts(interview.get("speakers"))).containsExactly("Entrevistadora", "Marta");

        String id = interview.get("id").asText();
        JsonNode full = read("/api/interviews/" + id);
        String fullText = full.get("full_text").asText();
        JsonNode page = read("/api/interviews/" + id + "/fragments");
        assertThat(page.get("total_items").asInt()).isEqualTo(4);
        for (JsonNode fragment : page.get("items")) {
            assertThat(fullText.substring(
                            fragment.get("char_start").asInt(),
                            fragment.get("char_end").asInt()))
                    .isEqualTo(fragment.get("text").asText());
        }
        assertThat(page.get("items").get(1).get("text").asText()).startsWith("Pues mira");
    }

    @Test
    void uploadsSeveralFormatsAtOnceAndListsThemInUploadOrder() {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>How do you manage the shifts?\n\n"
                + "00:00:05.000 --> 00:00:09.000\n<v David>I swap with colleagues when my mother is ill.";
        String json = "[{\"speaker\":\"I\",\"text\":\"¿Quién te ayuda?\"},{\"speaker\":\"P\",\"text\":\"Nadie.\"}]";
        JsonNode body = Uploads.with(api)
                .file("a.vtt", vtt)
                .file("b.json", json)
                .file("c.docx", TranscriptFiles.docx(List.of("I: Hello there.", "P: Hi.", "I: Bye.")))
                .file("d.pdf", TranscriptFiles.pdf(List.of("I: Hola, gracias.", "P: A ti.", "I: Empezamos.")))
                .field("language", "en")
                .post(token, projectId)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(body.get("stored").asInt()).isEqualTo(4);
        assertThat(body.get("failed").asInt()).isZero();

        JsonNode list = read("/api/projects/" + projectId + "/interviews");
        List<String> formats = new ArrayList<>();
        list.get("items").forEach(i -> formats.add(i.get("format").asText()));
        assertThat(formats).containsExactly("vtt", "json", "docx", "pdf");
        JsonNode vttInterview = list.get("items").get(0);
        assertThat(vttInterview.get("has_timestamps").asBoolean()).isTrue();
        assertThat(vttInterview.get("participant").asText()).isEqualTo("a");
        assertThat(vttInterview.has("full_text")).isFalse();
        list.get("items").forEach(i -> assertThat(i.get("language").asText()).isEqualTo("en"));

        JsonNode fragments = read("/api/interviews/" + vttInterview.get("id").asText() + "/fragments");
        JsonNode second = fragments.get("items").get(1);
        assertThat(second.get("speaker").asText()).isEqualTo("David");
        assertThat(second.get("start_ms").asLong()).isEqualTo(5000);
        assertThat(second.get("end_ms").asLong()).isEqualTo(9000);
    }

    @Test
    void pagesFiltersBySpeakerAndSearchesIgnoringAccentsWithHighlights() {
        String id = Uploads.with(api)
                .file("marta.txt", MARTA)
                .created(token, projectId)
                .get("id")
                .asText();

        JsonNode firstPage = read("/api/interviews/" + id + "/fragments?page=0&size=3");
        assertThat(firstPage.get("items")).hasSize(3);
        assertThat(firstPage.get("total_pages").asInt()).isEqualTo(2);
        JsonNode secondPage = read("/api/interviews/" + id + "/fragments?page=1&size=3");
        assertThat(secondPage.get("items").get(0).get("ordinal").asInt()).isEqualTo(3);

        JsonNode marta = read("/api/interviews/" + id + "/fragments?speaker=marta");
        assertThat(marta.get("total_items").asInt()).isEqualTo(2);
        marta.get("items").forEach(f -> assertThat(f.get("speaker").asText()).isEqualTo("Marta"));

        JsonNode hits = read("/api/interviews/" + id + "/fragments?q=POLITICA hospital");
        assertThat(hits.get("total_items").asInt()).isEqualTo(1);
        JsonNode hit = hits.get("items").get(0);
        String text = hit.get("text").asText();
        List<String> highlighted = new ArrayList<>();
        hit.get("highlights")
                .forEach(h -> highlighted.add(
                        text.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(highlighted).containsExactly("política", "hospital");

        JsonNode none = read("/api/interviews/" + id + "/fragments?q=hospital&speaker=Entrevistadora");
        assertThat(none.get("total_items").asInt()).isEqualTo(1);
        assertThat(none.get("items").get(0).get("highlights")).hasSize(1);
        JsonNode nothing = read("/api/interviews/" + id + "/fragments?q=zanahoria");
        assertThat(nothing.get("total_items").asInt()).isZero();
    }

    @Test
    void deletingAnInterviewRemovesItsFragments() {
        String id = Uploads.with(api)
                .file("marta.txt", MARTA)
                .created(token, projectId)
                .get("id")
                .asText();
        assertThat(fragmentRows(id)).isEqualTo(4);

        delete("/api/interviews/" + id, token).expectStatus().isNoContent();

        assertThat(fragmentRows(id)).isZero();
        api.get(token, "/api/interviews/" + id).exchange().expectStatus().isNotFound();
        assertThat(read("/api/projects/" + projectId + "/interviews")
                        .get("total_items")
                        .asInt())
                .isZero();
    }

    @Test
    void deletingTheProjectRemovesItsInterviewsAndFragments() {
        String id = Uploads.with(api)
                .file("marta.txt", MARTA)
                .created(token, projectId)
                .get("id")
                .asText();

        delete("/api/projects/" + projectId, token).expectStatus().isNoContent();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM interviews WHERE id = ?::uuid", Long.class, id))
                .isZero();
        assertThat(fragmentRows(id)).isZero();
    }

    @Test
    void anotherUsersInterviewIsNotFoundExactlyLikeAnUnknownOne() {
        String id = Uploads.with(api)
                .file("marta.txt", MARTA)
                .created(token, projectId)
                .get("id")
                .asText();
        String stranger = api.newUserToken();

        for (String path : List.of("/api/interviews/%s", "/api/interviews/%s/fragments")) {
            JsonNode foreign = notFound(api.get(stranger, path.formatted(id)).exchange());
            JsonNode unknown = notFound(
                    api.get(stranger, path.formatted(UUID.randomUUID())).exchange());
            assertThat(foreign.get("detail")).isEqualTo(unknown.get("detail"));
        }
        notFound(delete("/api/interviews/" + id, stranger));
        notFound(api.get(stranger, "/api/projects/" + projectId + "/interviews").exchange());
        notFound(Uploads.with(api).file("x.txt", MARTA).post(stranger, projectId));

        assertThat(fragmentRows(id)).isEqualTo(4);
        assertThat(read("/api/projects/" + projectId + "/interviews")
                        .get("total_items")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void openApiDescribesTheInterviewEndpoints() {
        JsonNode doc = read("/v3/api-docs");
        assertThat(doc.get("paths").has("/api/projects/{projectId}/interviews")).isTrue();
        assertThat(doc.get("paths").has("/api/interviews/{interviewId}/fragments"))
                .isTrue();
        assertThat(doc.at("/paths/~1api~1projects~1{projectId}~1interviews/post/requestBody/content")
                        .has(MediaType.MULTIPART_FORM_DATA_VALUE))
                .isTrue();
    }

    private JsonNode read(String uri) {
        return api.get(token, uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec delete(String uri, String as) {
        return api.http()
                .delete()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + as)
                .exchange();
    }

    private long fragmentRows(String interviewId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM fragments WHERE interview_id = ?::uuid", Long.class, interviewId);
    }

    private static JsonNode notFound(WebTestClient.ResponseSpec spec) {
        JsonNode problem = spec.expectStatus()
                .isNotFound()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("error_code").asText()).isEqualTo("NOT_FOUND");
        return problem;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
