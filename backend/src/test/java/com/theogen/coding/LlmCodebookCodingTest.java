package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Codebook coding through a model: the provider points at the scripted local server, which answers each batch
 * from the codebook and fragments in the prompt — including a code id the codebook does not have and a quote that
 * is not in its fragment, both of which must be dropped and counted.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "theogen.llm.provider=openai",
            "theogen.llm.openai.api-key=sk-codebook-test-key",
            "theogen.llm.calls.max-attempts=1",
            "theogen.coding.batch-max-fragments=2"
        })
class LlmCodebookCodingTest {

    static final ScriptedLlmServer SERVER = new ScriptedLlmServer();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern FRAGMENT = Pattern.compile("\\[(f\\d+)] ([^:\\n]+): <fragment>([^\\n]*)</fragment>");
    static final Pattern CODE = Pattern.compile("\\[(c\\d+)] ([^\\n]+)");

    @Autowired
    ApiClient api;

    @Autowired
    Codebooks codebooks;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("theogen.llm.openai.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void appliesCodebookCodesByIdAndDropsInventedIdsAndUnlocatableQuotes() {
        SERVER.respond(
                call -> call.schema().equals("codebook_coding_reply") ? answer(call.user()) : Reply.serverError());
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String interview = coding.upload(token, projectId, "maria.txt", CodebookAutoCodingTest.MARIA);
        Map<String, String> codes = CodebookAutoCodingTest.codebook(coding, token, projectId);
        Map<String, String> fragments = CodebookAutoCodingTest.participantFragments(coding, token, interview, "Maria");

        JsonNode done = coding.autoCode(token, projectId, Map.of("mode", "codebook"));

        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.at("/outcome/invented_codes_dropped").asInt()).isEqualTo(1);
        assertThat(done.at("/outcome/quotes_dropped").asInt()).isEqualTo(1);
        assertThat(done.at("/outcome/examined_fragments").asInt()).isEqualTo(5);
        assertThat(done.get("codes_without_definition").asInt()).isEqualTo(1);
        assertThat(done.path("compare_with").isNull()
                        || done.path("compare_with").isMissingNode())
                .as("nobody in the project codes by hand: nothing to compare with")
                .isTrue();
        CodingSnapshot snapshot = codebooks.snapshot(UUID.fromString(projectId));
        assertThat(snapshot.applications())
                .allSatisfy(a -> assertThat(a.origin()).isEqualTo(CodingSnapshot.Origin.AI));
        Map<String, String> labels = new HashMap<>();
        codes.forEach((label, id) -> labels.put(id, label));
        Map<String, String> quotes = new HashMap<>();
        snapshot.applications()
                .forEach(a -> quotes.put(labels.get(a.codeId().toString()), a.fragmentId() + "|" + a.quote()));
        assertThat(quotes)
                .as("night care by its id with a located quote; the money quote was not in its fragment")
                .containsOnlyKeys("Night care", "Gardening");
        assertThat(quotes.get("Night care"))
                .isEqualTo(fragments.get("I stay up with my father most nights because he cannot sleep.")
                        + "|I stay up with my father");
        assertThat(SERVER.calls())
                .filteredOn(c -> c.schema().equals("codebook_coding_reply"))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.user())
                        .contains("Looking after a sick or elderly relative during the night")
                        .contains("exclude when: Help from paid professionals")
                        .contains("example: <fragment>I stay up with my mother most nights</fragment>")
                        .doesNotContain("How are the nights"));
        assertThat(Set.copyOf(SERVER.calls().stream()
                        .map(ScriptedLlmServer.Received::schema)
                        .toList()))
                .containsOnly("codebook_coding_reply");
    }

    /** Codes fragments by their content, naming codes by the ids the prompt gave them. */
    static Reply answer(String user) {
        Map<String, String> ids = new HashMap<>();
        Matcher codes = CODE.matcher(user);
        while (codes.find()) {
            ids.put(codes.group(2).strip(), codes.group(1));
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("fragments");
        Matcher fragments = FRAGMENT.matcher(user);
        while (fragments.find()) {
            String text = fragments.group(3);
            ArrayNode list =
                    out.addObject().put("fragment_id", fragments.group(1)).putArray("codes");
            if (text.contains("stay up")) {
                list.addObject()
                        .put("code_id", ids.get("Night care"))
                        .put("quote", "I stay up with my father")
                        .put("confidence", 0.9);
                list.addObject().put("code_id", "c99").put("quote", "I stay up").put("confidence", 0.5);
            } else if (text.contains("Money")) {
                list.addObject()
                        .put("code_id", ids.get("Financial strain"))
                        .put("quote", "I am broke")
                        .put("confidence", 0.8);
            } else if (text.contains("garden")) {
                list.addObject()
                        .put("code_id", ids.get("Gardening"))
                        .put("quote", "in the garden")
                        .put("confidence", 0.7);
            }
        }
        return Reply.chat(root.toString());
    }
}
