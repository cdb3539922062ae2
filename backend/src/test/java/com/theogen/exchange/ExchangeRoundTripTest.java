package com.theogen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A REFI-QDA project in, out and in again: positions land on the same characters (emoji and accents included),
 * exports are valid against the official schemas and repeatable, and a project rebuilt from its own export has the
 * same codes, hierarchy, colours, applications (interview, offsets, coder), memos and attributes.
 */
@IntegrationTest
class ExchangeRoundTripTest {

    @Autowired
    ApiClient api;

    ExchangeClient exchange;
    String token;
    String projectId;

    @BeforeEach
    void importTheCareStudy() {
        exchange = new ExchangeClient(api);
        token = api.newUserToken();
        projectId = api.createProject(token, Map.of("name", "Cuidados", "language", "es"))
                .get("id")
                .asText();
        JsonNode accepted = exchange.importAndWait(
                token, "/api/projects/" + projectId + "/import?format=qdpx", CareStudyFile.qdpx());
        assertThat(accepted.get("summary").get("selections").asInt()).isEqualTo(4);
        assertThat(accepted.get("summary").get("codings").asInt()).isEqualTo(5);
    }

    @Test
    void selectionsLandOnTheCharactersTheFileMeantThroughEmojiAccentsAndNormalisation() {
        List<Row> rows = applications(projectId);

        assertThat(rows)
                .extracting(r -> r.code() + " | " + r.coder() + " | " + r.quote())
                .containsExactlyInAnyOrder(
                        "Desayuno | Lucía Gómez | café ☕ con leche",
                        "Cuidado | Kwame Mensah | Después llevo a los niños.",
                        "Cuidado | Kwame Mensah | El cuidado de mi madre",
                        "Cuidado | Kwame Mensah | mi madre 👵🏽",
                        "Cuidado | Lucía Gómez | mi madre 👵🏽",
                        "Rutinas | Lucía Gómez | Trabajo de noche");
        JsonNode coders = exchange.json(token, "/api/projects/" + projectId + "/coders");
        assertThat(coders)
                .extracting(c ->
                        c.get("display_name").asText() + "/" + c.get("kind").asText())
                .containsExactlyInAnyOrder("Kwame Mensah/imported", "Lucía Gómez/imported");
    }

    @Test
    void exportsAreValidAgainstTheStandardsSchemasAndRepeatable() {
        byte[] first = exchange.export(token, projectId, "qdpx");
        byte[] second = exchange.export(token, projectId, "qdpx");
        Map<String, byte[]> a = ExchangeClient.unzip(first);
        Map<String, byte[]> b = ExchangeClient.unzip(second);

        ExchangeClient.assertValid(a.get("project.qde"), "Project.xsd");
        ExchangeClient.assertValid(exchange.export(token, projectId, "qdc"), "Codebook.xsd");
        assertThat(a.keySet()).containsExactlyElementsOf(b.keySet()).hasSize(3);
        assertThat(withoutExportTime(a.get("project.qde"))).isEqualTo(withoutExportTime(b.get("project.qde")));
        a.keySet().stream().filter(name -> name.startsWith("sources/")).forEach(name -> assertThat(a.get(name))
                .isEqualTo(b.get(name)));
        String qde = new String(a.get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).contains("name=\"Kwame Mensah\"", "color=\"#33AA77\"", "<TextValue>Valparaíso</TextValue>");
    }

    @Test
    void aProjectRebuiltFromItsExportHasTheSameCodingCodersMemosAndAttributes() {
        byte[] exported = exchange.export(token, projectId, "qdpx");

        JsonNode accepted = exchange.importAndWait(token, "/api/projects/import?format=qdpx&name=Copia", exported);
        String copy = accepted.get("project_id").asText();

        assertThat(copy).isNotEqualTo(projectId);
        assertThat(codes(copy)).isEqualTo(codes(projectId)).hasSize(3);
        assertThat(new TreeSet<>(applications(copy))).isEqualTo(new TreeSet<>(applications(projectId)));
        assertThat(memos(copy)).isEqualTo(memos(projectId)).hasSize(2);
        assertThat(attributes(copy)).isEqualTo(attributes(projectId));
        assertThat(attributes(projectId)).containsEntry("Marta", List.of("Ciudad=text:Valparaíso", "Edad=integer:47"));
    }

    /** One application as a researcher sees it: where, what and by whom. */
    record Row(String interview, int ordinal, int start, int end, String quote, String code, String coder)
            implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            return toString().compareTo(o.toString());
        }
    }

    private List<Row> applications(String project) {
        Map<String, String> coders = new HashMap<>();
        exchange.json(token, "/api/projects/" + project + "/coders")
                .forEach(c ->
                        coders.put(c.get("id").asText(), c.get("display_name").asText()));
        List<Row> rows = new ArrayList<>();
        for (JsonNode code : exchange.json(token, "/api/projects/" + project + "/codes?size=500")
                .get("items")) {
            JsonNode page = exchange.json(token, "/api/codes/" + code.get("id").asText() + "/evidence?size=200");
            for (JsonNode e : page.get("items")) {
                rows.add(new Row(
                        e.get("interview_label").asText(),
                        e.get("ordinal").asInt(),
                        e.get("quote_start").asInt(),
                        e.get("quote_end").asInt(),
                        e.get("quote").asText(),
                        e.get("code_label").asText(),
                        coders.get(e.get("coder_id").asText())));
            }
        }
        return rows;
    }

    /** label → definition, colour and parent label. */
    private Map<String, String> codes(String project) {
        JsonNode items = exchange.json(token, "/api/projects/" + project + "/codes?size=500")
                .get("items");
        Map<String, String> labels = new HashMap<>();
        items.forEach(c -> labels.put(c.get("id").asText(), c.get("label").asText()));
        Map<String, String> codes = new HashMap<>();
        items.forEach(c -> codes.put(
                c.get("label").asText(),
                c.get("definition").asText() + "|" + c.get("color").asText() + "|"
                        + (c.get("parent_id").isNull()
                                ? "-"
                                : labels.get(c.get("parent_id").asText()))));
        return codes;
    }

    private List<String> memos(String project) {
        Map<String, String> codeLabels = new HashMap<>();
        exchange.json(token, "/api/projects/" + project + "/codes?size=500")
                .get("items")
                .forEach(
                        c -> codeLabels.put(c.get("id").asText(), c.get("label").asText()));
        Map<String, String> interviews = interviewLabels(project);
        List<String> memos = new ArrayList<>();
        exchange.json(token, "/api/projects/" + project + "/memos")
                .forEach(m ->
                        memos.add(m.get("title").asText() + "|" + m.get("body").asText() + "|"
                                + codeLabels.get(m.get("code_id").asText()) + "|"
                                + interviews.get(m.get("interview_id").asText())));
        memos.sort(String::compareTo);
        return memos;
    }

    private Map<String, List<String>> attributes(String project) {
        Map<String, List<String>> result = new HashMap<>();
        interviewLabels(project).forEach((id, label) -> {
            List<String> values = new ArrayList<>();
            exchange.json(token, "/api/interviews/" + id + "/attributes")
                    .get("attributes")
                    .forEach(a -> values.add(a.get("name").asText() + "="
                            + a.get("type").asText() + ":" + a.get("value").asText()));
            result.put(label, values);
        });
        return result;
    }

    private Map<String, String> interviewLabels(String project) {
        Map<String, String> labels = new HashMap<>();
        exchange.json(token, "/api/projects/" + project + "/interviews?size=100")
                .get("items")
                .forEach(i ->
                        labels.put(i.get("id").asText(), i.get("participant").asText()));
        return labels;
    }

    private static String withoutExportTime(byte[] qde) {
        return new String(qde, StandardCharsets.UTF_8).replaceFirst(" modifiedDateTime=\"[^\"]*\"", "");
    }
}
