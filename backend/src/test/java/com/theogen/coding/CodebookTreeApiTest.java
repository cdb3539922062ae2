package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the codebook tree on the Coding page reads and edits: each code's applications per coder (a person's and
 * the machine's layers counted apart) and its colour.
 */
@IntegrationTest
class CodebookTreeApiTest {

    @Autowired
    ApiClient api;

    @Test
    void eachCodeCountsItsApplicationsPerCoderAndOnlyTheCodersAskedFor() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String project = coding.project(token, "es");
        String interview = coding.upload(token, project, "marta.txt", CodersApiTest.TRANSCRIPT);
        JsonNode fragments = coding.json(token, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                .get("items");
        for (int i : new int[] {1, 3}) {
            coding.json(
                    token,
                    "POST",
                    "/api/fragments/" + fragments.get(i).get("id").asText() + "/codes",
                    Map.of("label", "turno de noche", "quote_start", 0, "quote_end", 10),
                    201);
        }
        assertThat(coding.autoCode(token, project, Map.of()).get("status").asText())
                .isEqualTo("completed");

        Map<String, JsonNode> codes = codesByLabel(coding, token, project, "");
        JsonNode night = codes.get("turno de noche");
        assertThat(night.get("coders"))
                .extracting(c ->
                        c.get("kind").asText() + ":" + c.get("display_name").asText() + ":"
                                + c.get("applications").asInt())
                .contains("user:Tester:2");
        for (JsonNode code : codes.values()) {
            int sum = 0;
            for (JsonNode coder : code.get("coders")) {
                sum += coder.get("applications").asInt();
            }
            assertThat(sum)
                    .as(
                            "the coders of %s add up to its applications",
                            code.get("label").asText())
                    .isEqualTo(code.get("application_count").asInt());
        }
        JsonNode machineCode = codes.values().stream()
                .filter(c -> !c.get("label").asText().equals("turno de noche"))
                .findFirst()
                .orElseThrow();
        assertThat(machineCode.get("coders").get(0).get("kind").asText()).isEqualTo("offline");

        String me = night.get("coders").findValues("coder_id").stream()
                .map(JsonNode::asText)
                .filter(id -> "user".equals(kindOf(night, id)))
                .findFirst()
                .orElseThrow();
        Map<String, JsonNode> mine = codesByLabel(coding, token, project, "&coder=" + me);
        assertThat(mine).containsOnlyKeys("turno de noche");
        assertThat(mine.get("turno de noche").get("coders"))
                .extracting(c -> c.get("coder_id").asText())
                .containsExactly(me);
    }

    @Test
    void aCodeIsRecolouredAloneOrWithOtherFieldsAndABadColourIsA400() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String project = coding.project(token, "en");
        String code = coding.json(
                        token,
                        "POST",
                        "/api/projects/" + project + "/codes",
                        Map.of("label", "Night care", "definition", "Caring at night"),
                        201)
                .get("id")
                .asText();

        JsonNode recoloured = coding.json(token, "PATCH", "/api/codes/" + code, Map.of("color", "#1f77b4"), 200);
        JsonNode both = coding.json(
                token, "PATCH", "/api/codes/" + code, Map.of("color", "#D62728", "label", "Night caring"), 200);

        assertThat(recoloured.get("color").asText()).isEqualTo("#1F77B4");
        assertThat(recoloured.get("definition").asText()).isEqualTo("Caring at night");
        assertThat(both.get("color").asText()).isEqualTo("#D62728");
        assertThat(both.get("label").asText()).isEqualTo("Night caring");
        coding.send(token, "PATCH", "/api/codes/" + code, Map.of("color", "blue"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo("INVALID_COLOR");
        coding.send(token, "PATCH", "/api/codes/" + code, Map.of("color", "#1F77B4FF"))
                .expectStatus()
                .isBadRequest();
        assertThat(codesByLabel(coding, token, project, "")
                        .get("Night caring")
                        .get("color")
                        .asText())
                .isEqualTo("#D62728");
    }

    private static String kindOf(JsonNode code, String coderId) {
        for (JsonNode coder : code.get("coders")) {
            if (coder.get("coder_id").asText().equals(coderId)) {
                return coder.get("kind").asText();
            }
        }
        return null;
    }

    private static Map<String, JsonNode> codesByLabel(CodingApi coding, String token, String project, String extra) {
        Map<String, JsonNode> byLabel = new HashMap<>();
        coding.json(token, "GET", "/api/projects/" + project + "/codes?size=500" + extra, null, 200)
                .get("items")
                .forEach(c -> byLabel.put(c.get("label").asText(), c));
        return byLabel;
    }
}
