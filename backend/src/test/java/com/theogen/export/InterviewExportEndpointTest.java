package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.coding.CodingSnapshot;
import com.theogen.support.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

@ExportIntegrationTest
class InterviewExportEndpointTest {

    static final String VTT = "WEBVTT\n\n"
            + "00:00:01.000 --> 00:00:05.000\n<v Entrevistadora>¿Cómo empezó a cuidar a su madre?\n\n"
            + "00:01:05.500 --> 00:01:12.000\n<v Ana>Fue en 2019 → la enfermedad avanzó ≥ 3 años y “todo cambió” para la"
            + " niña y para mí.\n";
    static final String TXT =
            "Entrevistadora: ¿Qué apoyo recibe?\n\nTomás: Ninguno del ayuntamiento, sólo mi hermana.\n";
    static final String CODE = "Conciliación ≥ empleo";

    @Autowired
    ApiClient api;

    @Autowired
    ObjectMapper json;

    String token;
    String project;
    JsonNode ana;
    JsonNode tomas;

    @BeforeEach
    void projectWithTwoCodedInterviews() {
        token = api.newUserToken();
        project = api.createProject(token, Map.of("name", "Cuidado informal — niñez", "language", "es"))
                .get("id")
                .asText();
        ana = upload("ana.vtt", VTT, "Ana Pérez");
        tomas = upload("tomas.txt", TXT, "Tomás");
        JsonNode anaFragments = api.get(
                        token, "/api/interviews/" + ana.get("id").asText() + "/fragments")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("items");
        JsonNode coded = anaFragments.get(1);
        UUID code = UUID.randomUUID();
        ExportFixtures.coding(new CodingSnapshot(
                UUID.fromString(project),
                List.of(new CodingSnapshot.Code(code, CODE, "", CodingSnapshot.Origin.HUMAN, null)),
                List.of(),
                List.of(),
                List.of(new CodingSnapshot.Application(
                        UUID.randomUUID(),
                        code,
                        UUID.fromString(coded.get("id").asText()),
                        UUID.fromString(ana.get("id").asText()),
                        "todo cambió",
                        0,
                        11,
                        1.0,
                        CodingSnapshot.Origin.HUMAN,
                        UUID.randomUUID()))));
    }

    @Test
    void textExportWithEveryToggleShowsMetadataTimesSpeakersAndCodes() {
        EntityExchangeResult<byte[]> file = export("format=txt");
        String text = new String(file.getResponseBody(), StandardCharsets.UTF_8);

        assertThat(file.getResponseHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(text)
                .contains("Transcripciones de entrevistas — Cuidado informal — niñez")
                .contains("Entrevista: Ana Pérez", "Entrevista: Tomás")
                .contains("Participante: Ana Pérez", "Archivo de origen: ana.vtt")
                .contains("[00:01–00:05] Entrevistadora: ¿Cómo empezó a cuidar a su madre?")
                .contains("[01:05–01:12] Ana: Fue en 2019 → la enfermedad avanzó ≥ 3 años y “todo cambió”")
                .contains("Códigos: " + CODE)
                .contains("Tomás: Ninguno del ayuntamiento");
        assertThat(text.indexOf("Ana Pérez")).isLessThan(text.indexOf("Entrevista: Tomás"));
    }

    @Test
    void textExportWithTogglesOffIsJustTheTalk() {
        String text = new String(
                export("format=txt&metadata=false&codes=false&timestamps=false").getResponseBody(),
                StandardCharsets.UTF_8);

        assertThat(text).contains("Entrevistadora: ¿Cómo empezó a cuidar a su madre?");
        assertThat(text).doesNotContain("[00:", "Códigos", "Participante:", "Archivo de origen");
    }

    @Test
    void jsonExportIsStructuredAndLeavesOutWhatIsToggledOff() throws IOException {
        JsonNode full = json.readTree(export("format=json").getResponseBody());
        JsonNode first = full.get("interviews").get(0);
        assertThat(full.get("language").asText()).isEqualTo("es");
        assertThat(first.get("participant").asText()).isEqualTo("Ana Pérez");
        assertThat(first.get("metadata").get("source_filename").asText()).isEqualTo("ana.vtt");
        assertThat(first.get("fragments").get(0).get("start_ms").asLong()).isEqualTo(1000);
        assertThat(first.get("fragments").get(1).get("codes").get(0).asText()).isEqualTo(CODE);
        assertThat(first.get("fragments").get(1).get("text").asText()).contains("“todo cambió”");

        JsonNode bare = json.readTree(export("format=json&metadata=false&codes=false&timestamps=false")
                .getResponseBody());
        JsonNode fragment = bare.get("interviews").get(0).get("fragments").get(1);
        assertThat(bare.get("interviews").get(0).has("metadata")).isFalse();
        assertThat(fragment.has("start_ms")).isFalse();
        assertThat(fragment.has("codes")).isFalse();
        assertThat(fragment.get("speaker").asText()).isEqualTo("Ana");
    }

    @Test
    void transcriptExportsCarryTheInterviewsSpokenLanguage() throws IOException {
        api.http()
                .patch()
                .uri("/api/interviews/" + tomas.get("id").asText())
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("spoken_language", "fr"))
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode full = json.readTree(export("format=json").getResponseBody());
        JsonNode tomasJson = full.get("interviews").get(1);
        assertThat(tomasJson.get("participant").asText()).isEqualTo("Tomás");
        assertThat(tomasJson.get("metadata").get("spoken_language").asText()).isEqualTo("fr");
        assertThat(tomasJson.get("metadata").get("language").asText()).isEqualTo("es");
        String text = new String(export("format=txt").getResponseBody(), StandardCharsets.UTF_8);
        assertThat(text.substring(text.indexOf("Entrevista: Tomás"))).contains("Idioma: fr");
    }

    @Test
    void pdfExportHasASectionPerInterviewWithEveryCharacterIntact() {
        byte[] pdf = export("format=pdf").getResponseBody();
        String text = ReadBack.pdfText(pdf);

        assertThat(ReadBack.pdfPages(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(text)
                .contains("Transcripciones de entrevistas")
                .contains("Entrevista: Ana Pérez", "Entrevista: Tomás")
                .contains("¿Cómo empezó a cuidar a su madre?")
                .contains("→ la enfermedad avanzó ≥ 3 años y “todo cambió”")
                .contains("Códigos: " + CODE)
                .contains("Participante: Ana Pérez")
                .contains("Página 1 de");
        String bare = ReadBack.pdfText(
                export("format=pdf&metadata=false&codes=false&timestamps=false").getResponseBody());
        assertThat(bare).contains("Entrevista: Ana Pérez").doesNotContain("Códigos", "Participante:", "[00:01");
    }

    @Test
    void spreadsheetExportHasOneRowPerFragmentAndOnlyTheColumnsAskedFor() {
        Map<String, List<List<String>>> full =
                ReadBack.workbook(export("format=xlsx").getResponseBody());
        List<List<String>> rows = full.get("Fragmentos");
        assertThat(rows.get(0))
                .containsExactly("Entrevista", "N.º", "Hablante", "Inicio (ms)", "Fin (ms)", "Texto", "Códigos");
        int fragments =
                ana.get("fragment_count").asInt() + tomas.get("fragment_count").asInt();
        assertThat(rows).hasSize(fragments + 1);
        assertThat(rows.get(2)).startsWith("Ana Pérez", "2", "Ana", "65,500");
        assertThat(rows.get(2).get(6)).isEqualTo(CODE);
        assertThat(full.get("Entrevistas")).hasSize(3);

        Map<String, List<List<String>>> bare =
                ReadBack.workbook(export("format=xlsx&metadata=false&codes=false&timestamps=false")
                        .getResponseBody());
        assertThat(bare.get("Fragmentos").get(0)).containsExactly("Entrevista", "N.º", "Hablante", "Texto");
        assertThat(bare).doesNotContainKey("Entrevistas");
    }

    @Test
    void oneChosenInterviewIsNamedAfterItsParticipant() {
        EntityExchangeResult<byte[]> file =
                export("format=txt&interview_id=" + tomas.get("id").asText());
        String text = new String(file.getResponseBody(), StandardCharsets.UTF_8);

        assertThat(text).contains("Entrevista: Tomás").doesNotContain("Ana Pérez");
        assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"cuidado-informal-ninez-tomas.txt\"; "
                        + "filename*=UTF-8''Cuidado%20informal%20%E2%80%94%20ni%C3%B1ez-Tom%C3%A1s.txt");
    }

    @Test
    void allInterviewsAreNamedAfterTheProject() {
        EntityExchangeResult<byte[]> file = export("format=pdf");

        assertThat(file.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"cuidado-informal-ninez-entrevistas.pdf\"")
                .contains("filename*=UTF-8''Cuidado%20informal%20%E2%80%94%20ni%C3%B1ez-entrevistas.pdf");
    }

    @Test
    void englishProjectsGetEnglishLabels() {
        String english = api.createProject(token, Map.of("name", "Carers", "language", "en"))
                .get("id")
                .asText();
        String previous = project;
        project = english;
        upload("ana.vtt", VTT, "Ana");
        String text = new String(export("format=txt").getResponseBody(), StandardCharsets.UTF_8);
        project = previous;

        assertThat(text).contains("Interview transcripts — Carers", "Interview: Ana", "Participant: Ana");
    }

    @Test
    void badRequestsAreRefusedWithoutAFile() {
        assertThat(problem("format=docx", 400).get("error_code").asText()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(problem("format=docx", 400).get("supported_formats").toString())
                .isEqualTo("[\"txt\",\"json\",\"pdf\",\"xlsx\"]");
        assertThat(problem("format=txt&interview_id=" + UUID.randomUUID(), 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        String stranger = api.newUserToken();
        api.get(stranger, "/api/projects/" + project + "/interviews/export?format=txt")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private EntityExchangeResult<byte[]> export(String query) {
        return Downloads.get(api, token, "/api/projects/" + project + "/interviews/export?" + query);
    }

    private JsonNode problem(String query, int status) {
        return api.get(token, "/api/projects/" + project + "/interviews/export?" + query)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private JsonNode upload(String filename, String content, String participant) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)))
                .filename(filename)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        body.part("participant", participant);
        return api.http()
                .post()
                .uri("/api/projects/" + project + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("files")
                .get(0)
                .get("interview");
    }
}
