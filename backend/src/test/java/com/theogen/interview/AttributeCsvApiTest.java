package com.theogen.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Case attributes from a CSV and the project's attributes table. */
@IntegrationTest
class AttributeCsvApiTest {

    @Autowired
    ApiClient api;

    String token;
    String project;
    String rosa;
    String juan;

    @BeforeEach
    void projectWithFourInterviews() {
        token = api.newUserToken();
        project = api.createProject(token, Map.of("name", "Casos", "language", "es"))
                .get("id")
                .asText();
        rosa = upload("rosa.txt", null, "Rosa: Cocinamos juntas en la olla común del barrio.\n");
        juan = upload("juan.txt", null, "Juan: Trabajo en la feria los domingos desde hace años.\n");
        upload("ana-1.txt", "Ana", "Ana: Mi hija cuida a los nietos cuando salgo temprano.\n");
        upload("ana-2.txt", "Ana", "Ana: La otra Ana vive en el cerro y camina al consultorio.\n");
    }

    @Test
    void importSetsTypedAttributesByParticipantOrIdAndReportsRowsItCannotPlace() {
        JsonNode result = importCsv(
                "interview;edad;sitio;activa\n"
                        + "ROSA;41;Norte;true\n"
                        + juan + ";35;\"Sur; centro\";false\n"
                        + "Ana;50;Norte;true\n"
                        + "pedro;1;Este;true\n",
                200);

        assertThat(result.get("updated").asInt()).isEqualTo(2);
        assertThat(pairs(result.get("variables"), "name", "type"))
                .containsExactly("edad=integer", "sitio=text", "activa=boolean");
        assertThat(pairs(result.get("unmatched"), "line", "interview")).containsExactly("4=Ana", "5=pedro");
        assertThat(result.at("/unmatched/0/reason").asText()).contains("2 interviews match");

        importCsv("interview,sitio\nrosa.txt,\n", 200);

        JsonNode table = api.get(token, "/api/projects/" + project + "/attributes")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(pairs(table.get("variables"), "name", "type"))
                .containsExactly("activa=boolean", "edad=integer", "sitio=text");
        assertThat(table.get("interviews")).hasSize(4);
        JsonNode first = table.get("interviews").get(0);
        assertThat(first.get("interview_id").asText()).isEqualTo(rosa);
        assertThat(pairs(first.get("attributes"), "name", "value")).containsExactly("activa=true", "edad=41");
        assertThat(pairs(table.get("interviews").get(1).get("attributes"), "name", "value"))
                .containsExactly("activa=false", "edad=35", "sitio=Sur; centro");
    }

    @Test
    void unreadableCsvIsA400NamingTheLine() {
        assertThat(importCsv("", 400).get("error_code").asText()).isEqualTo("INVALID_ATTRIBUTE_CSV");
        assertThat(importCsv("interview\nrosa\n", 400).get("detail").asText()).contains("variable column");
        JsonNode wide = importCsv("interview,edad\nrosa,41\njuan,35,extra,more\n", 400);
        assertThat(wide.get("error_code").asText()).isEqualTo("INVALID_ATTRIBUTE_CSV");
        assertThat(wide.get("detail").asText()).contains("line 3");
        assertThat(importCsv("interview,edad,EDAD\nrosa,1,2\n", 400)
                        .get("detail")
                        .asText())
                .contains("twice");
        assertThat(importBytes(new byte[] {'i', ',', 'x', '\n', (byte) 0xC3, (byte) 0x28, ',', '1'}, 400)
                        .get("detail")
                        .asText())
                .contains("UTF-8");
        String stranger = api.newUserToken();
        api.http()
                .post()
                .uri("/api/projects/" + project + "/attributes/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger)
                .contentType(MediaType.valueOf("text/csv"))
                .bodyValue("interview,edad\nrosa,41\n".getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private String upload(String filename, String participant, String text) {
        Uploads upload = Uploads.with(api).file(filename, text);
        if (participant != null) {
            upload.field("participant", participant);
        }
        return upload.created(token, project).get("id").asText();
    }

    private JsonNode importCsv(String csv, int status) {
        return importBytes(csv.getBytes(StandardCharsets.UTF_8), status);
    }

    private JsonNode importBytes(byte[] csv, int status) {
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/attributes/import")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.valueOf("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static List<String> pairs(JsonNode array, String key, String value) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(key).asText() + "=" + n.get(value).asText()));
        return out;
    }
}
