package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** ADR 044: each interview's spoken language is detected at ingest, stored, shown and correctable. */
@IntegrationTest
class SpokenLanguageApiTest {

    static final String ENGLISH = "Interviewer: How did it start with your father?\n\n"
            + "Paul: He moved in with us last winter, and since then I work from home three days a week. The night "
            + "shifts at the hospital were impossible with him at home, so I asked my manager for a change.\n\n"
            + "Interviewer: Who helps you?\n\n"
            + "Paul: My sister comes on Sundays, but she lives far away and the train is expensive.";
    static final String SPANISH = "Entrevistadora: ¿Cómo empezó todo con tu madre?\n\n"
            + "Marta: Pues mira, fue de repente. Un domingo la casa olía a gas y desde entonces voy cada día a verla. "
            + "Hago noches en el hospital para poder estar con ella por la mañana.\n\n"
            + "Entrevistadora: ¿Y tus hermanos?\n\n"
            + "Marta: Mi hermano vive lejos y llama los domingos, pero el cuidado diario es cosa mía.";
    static final String FRENCH = "Enquêtrice : Comment tout a commencé avec votre mère ?\n\n"
            + "Amélie : Ma mère est à la maison de retraite depuis l'hiver dernier, je passe la voir le dimanche. "
            + "Avant, l'aide à domicile venait le matin, mais ce n'était plus possible.\n\n"
            + "Enquêtrice : Et votre travail ?\n\n"
            + "Amélie : Je me sens coupable, avec le travail et les enfants je n'ai plus de temps pour moi.";

    @Autowired
    ApiClient api;

    String token;
    String projectId;

    @BeforeEach
    void userWithProject() {
        token = api.newUserToken();
        projectId = project(Map.of("name", "Langues", "language", "en"));
    }

    private String project(Map<String, Object> body) {
        Map<String, Object> all = new HashMap<>(body);
        all.putIfAbsent("name", "Langues");
        return api.createProject(token, all).get("id").asText();
    }

    private JsonNode upload(String project, String filename, String text) {
        return Uploads.with(api).file(filename, text).created(token, project);
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

    private WebTestClient.ResponseSpec patch(String interviewId, Object body) {
        return api.http()
                .patch()
                .uri("/api/interviews/" + interviewId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private JsonNode patched(String interviewId, String language) {
        return patch(interviewId, Map.of("spoken_language", language))
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void ingestStoresTheDetectedLanguageOfEnglishSpanishAndFrenchInterviews() {
        String paul = upload(projectId, "paul.txt", ENGLISH).get("id").asText();
        JsonNode marta = upload(projectId, "marta.txt", SPANISH);
        JsonNode amelie = upload(projectId, "amelie.txt", FRENCH);

        assertThat(marta.get("spoken_language").asText()).isEqualTo("es");
        assertThat(amelie.get("spoken_language").asText()).isEqualTo("fr");
        assertThat(amelie.get("spoken_language_manual").asBoolean()).isFalse();

        JsonNode list = read("/api/projects/" + projectId + "/interviews");
        assertThat(list.get("items").findValuesAsText("spoken_language")).containsExactly("en", "es", "fr");
        JsonNode one = read("/api/interviews/" + paul);
        assertThat(one.get("spoken_language").asText()).isEqualTo("en");
        assertThat(one.get("spoken_language_manual").asBoolean()).isFalse();
    }

    @Test
    void anInterviewTooShortToJudgeIsUndetermined() {
        JsonNode interview = upload(projectId, "short.txt", "I: ¿Sí?\n\nP: Vale, claro.");
        assertThat(interview.get("spoken_language").asText()).isEqualTo("und");
    }

    @Test
    void aResearcherCorrectsTheLanguageAndAutoReturnsToTheDetectedOne() {
        String id = upload(projectId, "amelie.txt", FRENCH).get("id").asText();

        JsonNode corrected = patched(id, "PT");
        assertThat(corrected.get("spoken_language").asText()).isEqualTo("pt");
        assertThat(corrected.get("spoken_language_manual").asBoolean()).isTrue();
        JsonNode read = read("/api/interviews/" + id);
        assertThat(read.get("spoken_language").asText()).isEqualTo("pt");
        assertThat(read.get("spoken_language_manual").asBoolean()).isTrue();

        assertThat(patched(id, "und").get("spoken_language").asText()).isEqualTo("und");

        JsonNode auto = patched(id, "auto");
        assertThat(auto.get("spoken_language").asText()).isEqualTo("fr");
        assertThat(auto.get("spoken_language_manual").asBoolean()).isFalse();
    }

    @Test
    void refusesALanguageOutsideTheSupportedSetWith400() {
        String id = upload(projectId, "paul.txt", ENGLISH).get("id").asText();
        for (Object body :
                new Object[] {Map.of("spoken_language", "klingon"), Map.of("spoken_language", ""), Map.of()}) {
            JsonNode problem = patch(id, body)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody(JsonNode.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(problem.get("error_code").asText()).isEqualTo("UNSUPPORTED_SPOKEN_LANGUAGE");
        }
        assertThat(read("/api/interviews/" + id).get("spoken_language").asText())
                .isEqualTo("en");
    }

    @Test
    void aStrangerCannotCorrectSomeoneElsesInterview() {
        String id = upload(projectId, "paul.txt", ENGLISH).get("id").asText();
        String stranger = api.newUserToken();
        api.http()
                .patch()
                .uri("/api/interviews/" + id)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("spoken_language", "fr"))
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(read("/api/interviews/" + id).get("spoken_language").asText())
                .isEqualTo("en");
    }

    @Test
    void aProjectCreatedWithoutALanguageFollowsTheMajorityOfItsInterviews() {
        String unset = project(Map.of());
        assertThat(language(unset)).isEqualTo("en");
        upload(unset, "marta.txt", SPANISH);
        assertThat(language(unset)).isEqualTo("es");
        String paul = upload(unset, "paul.txt", ENGLISH).get("id").asText();
        assertThat(language(unset)).as("a tie keeps the language").isEqualTo("es");
        upload(unset, "paul2.txt", ENGLISH);
        assertThat(language(unset)).isEqualTo("en");
        upload(unset, "amelie.txt", FRENCH);
        assertThat(language(unset))
                .as("French is not a report language: no vote")
                .isEqualTo("en");
        patched(paul, "es");
        assertThat(language(unset)).as("a correction counts").isEqualTo("es");
    }

    @Test
    void aProjectWhoseLanguageWasChosenKeepsIt() {
        upload(projectId, "marta.txt", SPANISH);
        upload(projectId, "marta2.txt", SPANISH);
        assertThat(language(projectId)).isEqualTo("en");

        String unset = project(Map.of());
        api.http()
                .patch()
                .uri("/api/projects/" + unset)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("language", "en"))
                .exchange()
                .expectStatus()
                .isOk();
        upload(unset, "marta.txt", SPANISH);
        assertThat(language(unset)).as("chosen by an update").isEqualTo("en");
    }

    private String language(String project) {
        return read("/api/projects/" + project).get("language").asText();
    }
}
