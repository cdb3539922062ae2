package com.theogen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports written by another tool: the "ATLAS.ti standard project" that ATLAS.ti 8.4 exported for the REFI-QDA
 * specification (see the fixture's README), and a codebook.
 */
@IntegrationTest
class ExchangeImportTest {

    @Autowired
    ApiClient api;

    @Test
    void importsTheAtlasTiProjectWithItsCodersCodesQuotesAndNotes() {
        ExchangeClient exchange = new ExchangeClient(api);
        String token = api.newUserToken();

        JsonNode accepted = exchange.importAndWait(
                token,
                "/api/projects/import?format=qdpx",
                ExchangeClient.folder("refi-qda/atlas-ti-8-standard-project"));

        String project = accepted.get("project_id").asText();
        JsonNode summary = accepted.get("summary");
        assertThat(summary.get("origin").asText()).startsWith("ATLAS.ti 8.4.0");
        assertThat(summary.get("text_sources").asInt()).isEqualTo(8);
        assertThat(summary.get("selections").asInt()).isEqualTo(8);
        assertThat(summary.get("skipped").fieldNames())
                .toIterable()
                .contains("PictureSource", "AudioSource", "VideoSource", "PDFSelection", "Sets", "Links");
        assertThat(exchange.json(token, "/api/projects/" + project).get("name").asText())
                .isEqualTo("ATLAS.ti standard project");
        assertThat(exchange.json(token, "/api/projects/" + project + "/coders"))
                .extracting(c -> c.get("display_name").asText() + "/"
                        + c.get("kind").asText() + "/" + c.get("applications").asInt())
                .containsExactly("Friedrich Markgraf/imported/9");

        Map<String, JsonNode> codes = new java.util.HashMap<>();
        exchange.json(token, "/api/projects/" + project + "/codes?size=100")
                .get("items")
                .forEach(c -> codes.put(c.get("label").asText(), c));
        assertThat(codes).hasSize(14);
        assertThat(codes.get("Coke::diet Coke").get("definition").asText()).isEqualTo("non sucré");
        assertThat(codes.get("Coke::diet Coke").get("color").asText()).isEqualTo("#966450");
        assertThat(codes.get("\"rushed\"")).isNotNull();

        assertThat(quotes(exchange, token, codes.get("Feelings")))
                .containsExactly("I did try the gluten free bread, but it was always so soggy,");
        assertThat(quotes(exchange, token, codes.get("Coke::diet Coke")))
                .containsExactly("Oh, that was great. See you tomorrow? Eleven thirty. Mm.");
        assertThat(quotes(exchange, token, codes.get("waste of time"))).containsExactly("granola");
        assertThat(exchange.json(token, "/api/projects/" + project + "/memos"))
                .extracting(m -> m.get("title").asText())
                .containsExactlyInAnyOrder(
                        "Research Plan",
                        "My favorite Coke ad",
                        "Comment on «damage done by fatty foods»",
                        "Comment on «For some reason babies aren't supposed to have cow's milk th…»");
    }

    @Test
    void importsACodebookIntoAProjectKeepingHierarchyAndColours() {
        ExchangeClient exchange = new ExchangeClient(api);
        String token = api.newUserToken();
        String project = api.createProject(token, Map.of("name", "Codebook only"))
                .get("id")
                .asText();
        String qdc =
                """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.5">
                  <Codes>
                    <Code guid="11111111-1111-4111-8111-111111111111" name="Barreras" isCodable="false" color="#E06C75">
                      <Description>Lo que impide cuidar</Description>
                      <Code guid="22222222-2222-4222-8222-222222222222" name="Tiempo" isCodable="true"/>
                      <Code guid="33333333-3333-4333-8333-333333333333" name="Dinero" isCodable="true" color="#0a0"/>
                    </Code>
                  </Codes>
                </CodeBook>
                """;

        exchange.importAndWait(
                token,
                "/api/projects/" + project + "/import?format=qdc",
                qdc.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode items = exchange.json(token, "/api/projects/" + project + "/codes?size=100")
                .get("items");
        Map<String, JsonNode> codes = new java.util.HashMap<>();
        items.forEach(c -> codes.put(c.get("label").asText(), c));
        assertThat(codes.keySet()).containsExactlyInAnyOrder("Barreras", "Tiempo", "Dinero");
        String barreras = codes.get("Barreras").get("id").asText();
        assertThat(codes.get("Tiempo").get("parent_id").asText()).isEqualTo(barreras);
        assertThat(codes.get("Dinero").get("color").asText()).isEqualTo("#00AA00");
        assertThat(codes.get("Barreras").get("definition").asText()).isEqualTo("Lo que impide cuidar");
    }

    private static List<String> quotes(ExchangeClient exchange, String token, JsonNode code) {
        List<String> quotes = new ArrayList<>();
        exchange.json(token, "/api/codes/" + code.get("id").asText() + "/evidence?size=100")
                .get("items")
                .forEach(e -> quotes.add(e.get("quote").asText()));
        return quotes;
    }
}
