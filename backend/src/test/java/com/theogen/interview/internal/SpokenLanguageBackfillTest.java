package com.theogen.interview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.BodyInserters;

/** ADR 044: interviews stored before detection existed get their spoken language from the backfill. */
@IntegrationTest
class SpokenLanguageBackfillTest {

    private static final String FRENCH = "Enquêtrice : Comment tout a commencé avec votre mère ?\n\n"
            + "Amélie : Ma mère est à la maison de retraite depuis l'hiver dernier, je passe la voir le dimanche. "
            + "Avant, l'aide à domicile venait le matin, mais ce n'était plus possible.";
    private static final String SPANISH = "Entrevistadora: ¿Cómo empezó todo con tu madre?\n\n"
            + "Marta: Pues mira, fue de repente. Un domingo la casa olía a gas y desde entonces voy cada día a verla. "
            + "Hago noches en el hospital para poder estar con ella por la mañana.";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpokenLanguages spokenLanguages;

    @Test
    void detectsInterviewsStoredWithoutALanguageAndLeavesCorrectionsAlone() {
        String token = api.newUserToken();
        UUID project = UUID.fromString(
                api.createProject(token, Map.of("name", "Old")).get("id").asText());
        UUID amelie = upload(token, project, "amelie.txt", FRENCH);
        UUID marta = upload(token, project, "marta.txt", SPANISH);
        UUID corrected = upload(token, project, "marta2.txt", SPANISH);
        jdbc.update(
                "UPDATE interviews SET spoken_language = 'it', spoken_language_manual = true WHERE id = ?", corrected);
        // as a database migrated from before ADR 044 looks
        jdbc.update("UPDATE interviews SET spoken_language = NULL WHERE id IN (?, ?)", amelie, marta);
        jdbc.update("UPDATE projects SET language = 'en' WHERE id = ?", project);

        assertThat(spokenLanguages.backfill()).isGreaterThanOrEqualTo(2);

        assertThat(spoken(amelie)).isEqualTo("fr");
        assertThat(spoken(marta)).isEqualTo("es");
        assertThat(spoken(corrected)).isEqualTo("it");
        assertThat(jdbc.queryForObject("SELECT language FROM projects WHERE id = ?", String.class, project))
                .as("a project created without a language follows its interviews")
                .isEqualTo("es");
        assertThat(spokenLanguages.backfill()).isZero();
    }

    private String spoken(UUID interview) {
        return jdbc.queryForObject("SELECT spoken_language FROM interviews WHERE id = ?", String.class, interview);
    }

    private UUID upload(String token, UUID project, String filename, String text) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)))
                .filename(filename)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        String id = api.http()
                .post()
                .uri("/api/projects/" + project + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(com.fasterxml.jackson.databind.JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("files")
                .get(0)
                .get("interview")
                .get("id")
                .asText();
        return UUID.fromString(id);
    }
}
