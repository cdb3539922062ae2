package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The transcript's read of an interview's coded spans: each with its code's label and colour and its coder's name
 * and kind, in fragment and span order, filtered by coder; unknown coders and foreign interviews are 4xx.
 */
@IntegrationTest
class TranscriptCodingApiTest {

    @Autowired
    ApiClient api;

    @Test
    void listsEachSpanWithItsCodeColourAndCoderAndFiltersByCoder() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "es");
        String interviewId = coding.upload(token, projectId, "marta.txt", CodersApiTest.TRANSCRIPT);
        coding.send(
                        token,
                        "POST",
                        "/api/projects/" + projectId + "/codebook/import",
                        "code,color\nNight care,#e06c75\n")
                .expectStatus()
                .isOk();
        JsonNode fragments = coding.json(token, "GET", "/api/interviews/" + interviewId + "/fragments", null, 200)
                .get("items");
        String first = fragments.get(1).get("id").asText(); // "Trabajo de noche en el hospital y duermo poco. ..."
        String second = fragments.get(3).get("id").asText(); // "El turno de noche es duro. ..."
        String nightCare = coding.json(token, "GET", "/api/projects/" + projectId + "/codes?q=night", null, 200)
                .at("/items/0/id")
                .asText();
        coding.json(
                token,
                "POST",
                "/api/fragments/" + second + "/codes",
                Map.of("label", "Alone", "quote_start", 0, "quote_end", 8),
                201);
        coding.json(
                token,
                "POST",
                "/api/fragments/" + first + "/codes",
                Map.of("label", "Tiredness", "quote_start", 11, "quote_end", 31),
                201);
        coding.json(
                token,
                "POST",
                "/api/fragments/" + first + "/codes",
                Map.of("code_id", nightCare, "quote_start", 0, "quote_end", 16),
                201);

        JsonNode spans = coding.json(token, "GET", "/api/interviews/" + interviewId + "/code-applications", null, 200);

        assertThat(spans.get("interview_id").asText()).isEqualTo(interviewId);
        List<String> read = new ArrayList<>();
        spans.get("applications")
                .forEach(a -> read.add(a.get("code_label").asText() + "|"
                        + a.get("code_color").asText(null) + "|"
                        + a.get("quote").asText() + "|" + a.get("quote_start").asInt() + "-"
                        + a.get("quote_end").asInt() + "|"
                        + a.get("fragment_id").asText()));
        assertThat(read)
                .as("fragment order, then span start; overlapping spans both listed")
                .containsExactly(
                        "Night care|#E06C75|Trabajo de noche|0-16|" + first,
                        "Tiredness|null|noche en el hospital|11-31|" + first,
                        "Alone|null|El turno|0-8|" + second);
        JsonNode one = spans.at("/applications/0");
        assertThat(one.get("coder_name").asText()).isEqualTo("Tester");
        assertThat(one.get("coder_kind").asText()).isEqualTo("user");
        assertThat(one.get("origin").asText()).isEqualTo("human");
        assertThat(one.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(one.get("code_id").asText()).isEqualTo(nightCare);
        String me = one.get("coder_id").asText();

        assertThat(coding.autoCode(token, projectId, Map.of("recode", true))
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        JsonNode all = coding.json(token, "GET", "/api/interviews/" + interviewId + "/code-applications", null, 200)
                .get("applications");
        List<String> kinds = new ArrayList<>();
        all.forEach(a -> kinds.add(a.get("coder_kind").asText()));
        assertThat(kinds).as("the offline analyst's layer is listed too").contains("user", "offline");
        JsonNode mine = coding.json(
                        token, "GET", "/api/interviews/" + interviewId + "/code-applications?coder=" + me, null, 200)
                .get("applications");
        assertThat(mine).hasSize(3).allSatisfy(a -> assertThat(a.get("coder_id").asText())
                .isEqualTo(me));
    }

    @Test
    void refusesUnknownCodersForeignInterviewsAndBadIds() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String interviewId = coding.upload(token, projectId, "ana.txt", CodebookApiTest.TRANSCRIPT);
        String stranger = api.newUserToken();

        JsonNode unknownCoder = coding.json(
                token,
                "GET",
                "/api/interviews/" + interviewId + "/code-applications?coder=" + UUID.randomUUID(),
                null,
                400);
        assertThat(unknownCoder.get("error_code").asText()).isEqualTo("UNKNOWN_CODER");
        assertThat(coding.json(stranger, "GET", "/api/interviews/" + interviewId + "/code-applications", null, 404)
                        .get("error_code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(coding.json(token, "GET", "/api/interviews/nope/code-applications", null, 400)
                        .get("error_code")
                        .asText())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(coding.json(token, "GET", "/api/interviews/" + interviewId + "/code-applications", null, 200)
                        .get("applications"))
                .isEmpty();
    }
}
