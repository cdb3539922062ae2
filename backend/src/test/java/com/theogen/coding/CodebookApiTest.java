package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Codebook, categories, memos and coverage over HTTP: a researcher's edits, ownership and bad input. */
@IntegrationTest
class CodebookApiTest {

    static final String TRANSCRIPT =
            """
            Interviewer: How do you manage the nights?

            Ana: I stay up with my father most nights, and then I go to work tired.

            Interviewer: Who helps you?

            Ana: Nobody really, my brother lives far away.

            Interviewer: Anything else you want to add?

            Ana: The weather has been nice lately.
            """;

    @Autowired
    ApiClient api;

    @Test
    void handCodingNotRelevantMarksAndCoverageCountParticipantFragments() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String interviewId = coding.upload(token, projectId, "ana.txt", TRANSCRIPT);
        List<JsonNode> ana = participantFragments(coding, token, interviewId);
        assertThat(ana).hasSize(3);

        JsonNode applied = coding.json(
                token,
                "POST",
                "/api/fragments/" + ana.get(0).get("id").asText() + "/codes",
                Map.of("label", "Night care", "quote_start", 0, "quote_end", 9),
                201);
        JsonNode relevance = coding.json(
                token,
                "PUT",
                "/api/fragments/" + ana.get(2).get("id").asText() + "/relevance",
                Map.of("not_relevant", true),
                200);
        JsonNode coverage = coding.json(token, "GET", "/api/projects/" + projectId + "/coverage", null, 200);

        assertThat(applied.get("quote").asText()).isEqualTo("I stay up");
        assertThat(applied.get("origin").asText()).isEqualTo("human");
        assertThat(relevance.get("state").asText()).isEqualTo("not_relevant");
        JsonNode counts = coverage.get("project");
        assertThat(counts.get("fragments").asInt()).isEqualTo(3);
        assertThat(counts.get("coded").asInt()).isEqualTo(1);
        assertThat(counts.get("not_relevant").asInt()).isEqualTo(1);
        assertThat(counts.get("examined").asInt())
                .as("no machine examined anything")
                .isZero();
        assertThat(counts.get("unexamined").asInt()).isEqualTo(1);
        assertThat(counts.get("interviewer_fragments").asInt()).isEqualTo(3);
        assertThat(counts.get("coded_share").asDouble()).isEqualTo(0.3333);
        assertThat(coverage.get("interviews")).singleElement().satisfies(i -> {
            assertThat(i.get("interview_id").asText()).isEqualTo(interviewId);
            assertThat(i.at("/counts/unexamined").asInt()).isEqualTo(1);
        });
        JsonNode states = coding.json(token, "GET", "/api/interviews/" + interviewId + "/coding-state", null, 200);
        assertThat(states.get("interview_id").asText()).isEqualTo(interviewId);
        List<String> inOrder = new java.util.ArrayList<>();
        states.get("fragments").forEach(f -> inOrder.add(f.get("state").asText()));
        // interviewer question, Ana (coded), question, Ana (untouched), question, Ana (marked not relevant)
        assertThat(inOrder)
                .containsExactly("interviewer", "coded", "interviewer", "unexamined", "interviewer", "not_relevant");
        assertThat(states.at("/fragments/5/fragment_id").asText())
                .isEqualTo(ana.get(2).get("id").asText());
        coding.json(
                token,
                "PUT",
                "/api/fragments/" + ana.get(2).get("id").asText() + "/relevance",
                Map.of("not_relevant", false),
                200);
        assertThat(coding.json(token, "GET", "/api/interviews/" + interviewId + "/coding-state", null, 200)
                        .at("/fragments/5/state")
                        .asText())
                .isEqualTo("unexamined");

        JsonNode codes = coding.json(token, "GET", "/api/projects/" + projectId + "/codes", null, 200);
        assertThat(codes.get("items")).singleElement().satisfies(c -> {
            assertThat(c.get("label").asText()).isEqualTo("Night care");
            assertThat(c.get("application_count").asInt()).isEqualTo(1);
            assertThat(c.get("interviews_covered").asInt()).isEqualTo(1);
        });
        JsonNode evidence = coding.json(
                token, "GET", "/api/codes/" + codes.at("/items/0/id").asText() + "/evidence", null, 200);
        assertThat(evidence.at("/items/0/fragment_text").asText()).startsWith("I stay up with my father");
        assertThat(evidence.at("/items/0/quote_end").asInt()).isEqualTo(9);
        assertThat(evidence.at("/items/0/interview_label").asText()).isNotBlank();

        coding.send(
                        token,
                        "DELETE",
                        "/api/code-applications/" + applied.get("id").asText(),
                        null)
                .expectStatus()
                .isNoContent();
        assertThat(coding.json(token, "GET", "/api/projects/" + projectId + "/coverage", null, 200)
                        .at("/project/coded")
                        .asInt())
                .isZero();
    }

    @Test
    void deletingAnInterviewRemovesItsCodingButKeepsHumanCodes() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.demoProject(token);
        coding.autoCode(token, projectId, Map.of());
        JsonNode interviews =
                coding.json(token, "GET", "/api/projects/" + projectId + "/interviews?size=50", null, 200);
        coding.json(token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "Kept by hand"), 201);

        interviews.get("items").forEach(i -> coding.send(
                        token, "DELETE", "/api/interviews/" + i.get("id").asText(), null)
                .expectStatus()
                .isNoContent());

        JsonNode codes = coding.json(token, "GET", "/api/projects/" + projectId + "/codes?size=500", null, 200);
        assertThat(codes.get("items"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("label").asText()).isEqualTo("Kept by hand"));
        assertThat(coding.json(token, "GET", "/api/projects/" + projectId + "/coverage", null, 200)
                        .at("/project/fragments")
                        .asInt())
                .isZero();
    }

    @Test
    void badInputIsA400WithAStableCode() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String interviewId = coding.upload(token, projectId, "ana.txt", TRANSCRIPT);
        String fragment = participantFragments(coding, token, interviewId)
                .get(0)
                .get("id")
                .asText();
        String code = coding.json(token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "A"), 201)
                .get("id")
                .asText();

        expectError(
                coding,
                token,
                "POST",
                "/api/codes/" + code + "/merge",
                Map.of("into_code_id", code),
                400,
                "MERGE_INTO_SELF");
        expectError(
                coding,
                token,
                "POST",
                "/api/fragments/" + fragment + "/codes",
                Map.of("code_id", code, "quote_start", 5, "quote_end", 5000),
                400,
                "SPAN_OUTSIDE_FRAGMENT");
        expectError(
                coding,
                token,
                "POST",
                "/api/fragments/" + fragment + "/codes",
                Map.of("code_id", "00000000-0000-0000-0000-000000000001", "quote_start", 0, "quote_end", 3),
                400,
                "UNKNOWN_CODE");
        expectError(
                coding,
                token,
                "POST",
                "/api/codes/" + code + "/merge",
                Map.of("into_code_id", "00000000-0000-0000-0000-000000000001"),
                400,
                "UNKNOWN_CODE");
        expectError(
                coding,
                token,
                "POST",
                "/api/projects/" + projectId + "/codes",
                Map.of("label", "a"),
                409,
                "CODE_LABEL_TAKEN");
        coding.send(token, "GET", "/api/projects/" + projectId + "/codes?origin=robot", null)
                .expectStatus()
                .isBadRequest();
        coding.send(token, "GET", "/api/projects/" + projectId + "/codes?sort=colour", null)
                .expectStatus()
                .isBadRequest();
        coding.send(token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "B", "colour", "red"))
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void aCodeCarriesCriteriaAndAnchorQuotesWithinLimits() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String code = coding.json(
                        token,
                        "POST",
                        "/api/projects/" + projectId + "/codes",
                        Map.of("label", "Night care", "definition", "Caring for a relative at night"),
                        201)
                .get("id")
                .asText();

        JsonNode edited = coding.json(
                token,
                "PATCH",
                "/api/codes/" + code,
                Map.of(
                        "inclusion_criteria",
                        "  The speaker looks after someone during the night  ",
                        "exclusion_criteria",
                        "Night shifts at a paid job",
                        "examples",
                        List.of("I stay up with my father most nights", "  ")),
                200);
        JsonNode relabelled = coding.json(token, "PATCH", "/api/codes/" + code, Map.of("label", "Night caring"), 200);
        JsonNode listed = codesByLabel(coding, token, projectId).get("Night caring");

        assertThat(edited.get("inclusion_criteria").asText())
                .isEqualTo("The speaker looks after someone during the night");
        assertThat(edited.get("definition").asText()).isEqualTo("Caring for a relative at night");
        assertThat(relabelled.get("exclusion_criteria").asText())
                .as("a later edit that names no criteria keeps them")
                .isEqualTo("Night shifts at a paid job");
        assertThat(listed.get("examples"))
                .extracting(JsonNode::asText)
                .containsExactly("I stay up with my father most nights");
        assertThat(listed.get("inclusion_criteria").asText()).startsWith("The speaker looks after");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add("example " + i);
        }
        coding.send(token, "PATCH", "/api/codes/" + code, Map.of("examples", tooMany))
                .expectStatus()
                .isBadRequest();
        coding.send(token, "PATCH", "/api/codes/" + code, Map.of("exclusion_criteria", "x".repeat(5001)))
                .expectStatus()
                .isBadRequest();
        coding.send(token, "PATCH", "/api/codes/" + code, Map.of("examples", List.of("y".repeat(2001))))
                .expectStatus()
                .isBadRequest();
        assertThat(codesByLabel(coding, token, projectId).get("Night caring").get("examples"))
                .hasSize(1);
    }

    @Test
    void anotherUsersCodingIsNotFound() {
        CodingApi coding = new CodingApi(api);
        String owner = api.newUserToken();
        String stranger = api.newUserToken();
        String projectId = coding.project(owner, "en");
        String interviewId = coding.upload(owner, projectId, "ana.txt", TRANSCRIPT);
        String fragment = participantFragments(coding, owner, interviewId)
                .get(0)
                .get("id")
                .asText();
        String code = coding.json(owner, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "A"), 201)
                .get("id")
                .asText();
        String application = coding.json(
                        owner,
                        "POST",
                        "/api/fragments/" + fragment + "/codes",
                        Map.of("code_id", code, "quote_start", 0, "quote_end", 4),
                        201)
                .get("id")
                .asText();
        String category = coding.json(
                        owner, "POST", "/api/projects/" + projectId + "/categories", Map.of("name", "Care"), 201)
                .get("id")
                .asText();
        String memo = coding.json(
                        owner,
                        "POST",
                        "/api/projects/" + projectId + "/memos",
                        Map.of("title", "First thoughts", "body", "Nights matter", "code_id", code),
                        201)
                .get("id")
                .asText();

        List<String[]> calls = List.of(
                new String[] {"GET", "/api/projects/" + projectId + "/codes"},
                new String[] {"GET", "/api/projects/" + projectId + "/categories"},
                new String[] {"GET", "/api/projects/" + projectId + "/memos"},
                new String[] {"GET", "/api/projects/" + projectId + "/coverage"},
                new String[] {"GET", "/api/interviews/" + interviewId + "/coding-state"},
                new String[] {"GET", "/api/codes/" + code + "/evidence"},
                new String[] {"GET", "/api/categories/" + category + "/evidence"},
                new String[] {"GET", "/api/memos/" + memo},
                new String[] {"DELETE", "/api/codes/" + code},
                new String[] {"DELETE", "/api/code-applications/" + application},
                new String[] {"DELETE", "/api/categories/" + category},
                new String[] {"DELETE", "/api/memos/" + memo});
        for (String[] call : calls) {
            coding.send(stranger, call[0], call[1], null).expectStatus().isNotFound();
        }
        coding.send(stranger, "PATCH", "/api/codes/" + code, Map.of("label", "B"))
                .expectStatus()
                .isNotFound();
        coding.send(stranger, "POST", "/api/codes/" + code + "/merge", Map.of("into_code_id", code))
                .expectStatus()
                .isNotFound();
        coding.send(
                        stranger,
                        "POST",
                        "/api/fragments/" + fragment + "/codes",
                        Map.of("label", "X", "quote_start", 0, "quote_end", 2))
                .expectStatus()
                .isNotFound();
        coding.send(stranger, "PUT", "/api/fragments/" + fragment + "/relevance", Map.of("not_relevant", true))
                .expectStatus()
                .isNotFound();
        coding.send(stranger, "POST", "/api/projects/" + projectId + "/auto-code", Map.of())
                .expectStatus()
                .isNotFound();
        coding.send(stranger, "POST", "/api/categories/" + category + "/codes", Map.of("code_ids", List.of(code)))
                .expectStatus()
                .isNotFound();

        JsonNode memos = coding.json(owner, "GET", "/api/projects/" + projectId + "/memos?code=" + code, null, 200);
        assertThat(memos)
                .singleElement()
                .satisfies(m -> assertThat(m.get("title").asText()).isEqualTo("First thoughts"));
        JsonNode codes = coding.json(owner, "GET", "/api/projects/" + projectId + "/codes", null, 200);
        assertThat(codes.get("total_items").asInt()).isEqualTo(1);
    }

    @Test
    void humanRenameMergeAndMoveSurviveARecode() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.demoProject(token);
        coding.autoCode(token, projectId, Map.of());
        JsonNode top =
                coding.json(token, "GET", "/api/projects/" + projectId + "/codes?sort=applications&size=3", null, 200);
        JsonNode renamed = top.at("/items/0");
        JsonNode merged = top.at("/items/1");
        JsonNode target = top.at("/items/2");

        coding.json(
                token, "PATCH", "/api/codes/" + renamed.get("id").asText(), Map.of("label", "Renamed by hand"), 200);
        coding.json(
                token,
                "POST",
                "/api/codes/" + merged.get("id").asText() + "/merge",
                Map.of("into_code_id", target.get("id").asText()),
                200);
        String category = coding.json(
                        token,
                        "POST",
                        "/api/projects/" + projectId + "/categories",
                        Map.of("name", "Placed by hand"),
                        201)
                .get("id")
                .asText();
        coding.json(
                token,
                "POST",
                "/api/categories/" + category + "/codes",
                Map.of("code_ids", List.of(target.get("id").asText())),
                200);

        JsonNode done = coding.autoCode(token, projectId, Map.of("recode", true));

        assertThat(done.get("status").asText()).isEqualTo("completed");
        Map<String, JsonNode> byLabel = codesByLabel(coding, token, projectId);
        assertThat(byLabel)
                .doesNotContainKeys(
                        renamed.get("label").asText(), merged.get("label").asText());
        assertThat(byLabel.get("Renamed by hand")).isNotNull();
        assertThat(byLabel.get("Renamed by hand").get("application_count").asInt())
                .isPositive();
        JsonNode placed = byLabel.get(target.get("label").asText());
        assertThat(placed.get("category_id").asText()).isEqualTo(category);
        assertThat(placed.get("application_count").asInt())
                .isGreaterThanOrEqualTo(target.get("application_count").asInt());
    }

    private Map<String, JsonNode> codesByLabel(CodingApi coding, String token, String projectId) {
        Map<String, JsonNode> byLabel = new java.util.HashMap<>();
        coding.json(token, "GET", "/api/projects/" + projectId + "/codes?size=500", null, 200)
                .get("items")
                .forEach(c -> byLabel.put(c.get("label").asText(), c));
        return byLabel;
    }

    private static void expectError(
            CodingApi coding, String token, String method, String uri, Object body, int status, String code) {
        coding.send(token, method, uri, body)
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .jsonPath("$.error_code")
                .isEqualTo(code);
    }

    private static List<JsonNode> participantFragments(CodingApi coding, String token, String interviewId) {
        List<JsonNode> result = new ArrayList<>();
        coding.json(token, "GET", "/api/interviews/" + interviewId + "/fragments?size=100", null, 200)
                .get("items")
                .forEach(f -> {
                    if ("Ana".equals(f.get("speaker").asText())) {
                        result.add(f);
                    }
                });
        return result;
    }
}
