package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Codebook-driven auto-coding by the offline analyst over HTTP (docs/adr/026): it applies the existing codes to the
 * fragments that meet their definitions, writes only in the offline coder's layer, calibrates on a person's coding
 * of other interviews, and refuses an empty codebook or unknown code ids.
 */
@IntegrationTest
class CodebookAutoCodingTest {

    static final String MARIA =
            """
            Interviewer: How are the nights?

            Maria: I stay up with my father most nights because he cannot sleep.

            Interviewer: And money?

            Maria: Money is tight since I cut my hours, and the bills keep coming.

            Interviewer: Who helps you?

            Maria: My sister comes over on weekends to help me with his shopping.

            Interviewer: Anything else?

            Maria: The weather has been nice lately.

            Interviewer: What do you do for yourself?

            Maria: I work in the garden on Sundays, planting tomatoes.
            """;

    static final String JUAN =
            """
            Interviewer: How are the nights?

            Juan: At night I get up two or three times to check on my grandmother.

            Interviewer: And money?

            Juan: We are behind on rent and I worry about the debts.

            Interviewer: Anything else?

            Juan: I like football on television.
            """;

    @Autowired
    ApiClient api;

    @Autowired
    Codebooks codebooks;

    @Test
    void codesFragmentsThatMeetADefinitionInItsOwnLayerAndLeavesAPersonsCodingAlone() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String interview = coding.upload(token, projectId, "maria.txt", MARIA);
        Map<String, String> codes = codebook(coding, token, projectId);
        Map<String, String> fragments = participantFragments(coding, token, interview, "Maria");
        String weather = fragments.get("The weather has been nice lately.");
        JsonNode personal = coding.json(
                token,
                "POST",
                "/api/fragments/" + weather + "/codes",
                Map.of("code_id", codes.get("Help from family"), "quote_start", 0, "quote_end", 11),
                201);

        JsonNode done = coding.autoCode(token, projectId, Map.of("mode", "codebook"));
        JsonNode again = coding.autoCode(token, projectId, Map.of("mode", "codebook"));

        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.get("codes_without_definition").asInt())
                .as("Gardening has no definition: used by its label, and said so")
                .isEqualTo(1);
        assertThat(done.at("/outcome/examined_fragments").asInt()).isEqualTo(5);
        assertThat(done.at("/outcome/calibrated_interviews").asInt())
                .as("the person coded only this interview: nothing else to calibrate on")
                .isZero();
        CodingSnapshot snapshot = codebooks.snapshot(UUID.fromString(projectId));
        UUID machine = UUID.fromString(done.at("/compare_with/coder_b").asText());
        assertThat(done.at("/compare_with/coder_a").asText())
                .as("the person who codes is coder a")
                .isEqualTo(personal.get("coder_id").asText());
        Map<String, Set<String>> machineCodes = codesByFragment(snapshot, machine, codes);
        assertThat(machineCodes.get(fragments.get("I stay up with my father most nights because he cannot sleep.")))
                .contains("Night care")
                .doesNotContain("Financial strain");
        assertThat(machineCodes.get(fragments.get("Money is tight since I cut my hours, and the bills keep coming.")))
                .contains("Financial strain")
                .doesNotContain("Night care");
        assertThat(machineCodes.get(fragments.get("I work in the garden on Sundays, planting tomatoes.")))
                .contains("Gardening");
        assertThat(machineCodes).doesNotContainKey(weather);
        assertThat(snapshot.applications())
                .filteredOn(a ->
                        a.coderId().toString().equals(personal.get("coder_id").asText()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.id().toString()).isEqualTo(personal.get("id").asText());
                    assertThat(a.quote()).isEqualTo("The weather");
                });
        assertThat(again.at("/outcome/applications").asInt())
                .as("a second run replaces the machine's coding instead of adding to it")
                .isEqualTo(done.at("/outcome/applications").asInt());
        assertThat(codebooks.snapshot(UUID.fromString(projectId)).applications())
                .hasSameSizeAs(snapshot.applications());
    }

    @Test
    void aPersonsCodingOfOtherInterviewsCalibratesTheThresholds() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        String maria = coding.upload(token, projectId, "maria.txt", MARIA);
        String juan = coding.upload(token, projectId, "juan.txt", JUAN);
        Map<String, String> codes = codebook(coding, token, projectId);
        Map<String, String> fragments = participantFragments(coding, token, maria, "Maria");
        apply(coding, token, fragments, "I stay up with my father", codes.get("Night care"));
        apply(coding, token, fragments, "Money is tight", codes.get("Financial strain"));
        apply(coding, token, fragments, "My sister comes over", codes.get("Help from family"));

        JsonNode done = coding.autoCode(
                token,
                projectId,
                Map.of(
                        "mode",
                        "codebook",
                        "interview_ids",
                        List.of(juan),
                        "code_ids",
                        List.of(
                                codes.get("Night care"),
                                codes.get("Financial strain"),
                                codes.get("Help from family"))));

        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.at("/outcome/examined_fragments").asInt()).isEqualTo(3);
        assertThat(done.at("/outcome/calibrated_interviews").asInt()).isEqualTo(1);
        assertThat(done.at("/outcome/codebook_codes").asInt()).isEqualTo(3);
        CodingSnapshot snapshot = codebooks.snapshot(UUID.fromString(projectId));
        UUID machine = UUID.fromString(done.at("/compare_with/coder_b").asText());
        Map<String, Set<String>> machineCodes = codesByFragment(snapshot, machine, codes);
        Map<String, String> juanFragments = participantFragments(coding, token, juan, "Juan");
        assertThat(machineCodes.get(juanFragments.get("We are behind on rent and I worry about the debts.")))
                .containsExactly("Financial strain");
        assertThat(machineCodes).doesNotContainKey(juanFragments.get("I like football on television."));
        assertThat(snapshot.applications())
                .filteredOn(a -> a.coderId().equals(machine))
                .allSatisfy(a -> assertThat(a.interviewId().toString()).isEqualTo(juan));
    }

    @Test
    void anEmptyCodebookOrUnknownCodeIdsAreA400() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.project(token, "en");
        coding.upload(token, projectId, "juan.txt", JUAN);
        String path = "/api/projects/" + projectId + "/auto-code";

        JsonNode empty = coding.json(token, "POST", path, Map.of("mode", "codebook"), 400);
        String code = coding.json(
                        token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", "Night care"), 201)
                .get("id")
                .asText();
        String stranger = UUID.randomUUID().toString();
        JsonNode unknown =
                coding.json(token, "POST", path, Map.of("mode", "codebook", "code_ids", List.of(code, stranger)), 400);
        JsonNode allUnknown =
                coding.json(token, "POST", path, Map.of("mode", "codebook", "code_ids", List.of(stranger)), 400);
        JsonNode mode = coding.json(token, "POST", path, Map.of("mode", "deductive"), 400);

        assertThat(empty.get("error_code").asText()).isEqualTo("CODEBOOK_EMPTY");
        assertThat(unknown.get("error_code").asText()).isEqualTo("UNKNOWN_CODES");
        assertThat(unknown.toString()).contains(stranger).doesNotContain("\"" + code + "\"");
        assertThat(allUnknown.get("error_code").asText()).isEqualTo("CODEBOOK_EMPTY");
        assertThat(mode.get("error_code").asText()).isEqualTo("INVALID_MODE");
        assertThat(coding.json(token, "GET", "/api/projects/" + projectId + "/jobs", null, 200)
                        .toString())
                .as("no job was started")
                .doesNotContain("auto_code");
    }

    static Map<String, String> codebook(CodingApi coding, String token, String projectId) {
        Map<String, String> ids = new HashMap<>();
        ids.put(
                "Night care",
                code(
                        coding,
                        token,
                        projectId,
                        "Night care",
                        Map.of(
                                "definition", "Looking after a sick or elderly relative during the night",
                                "inclusion_criteria",
                                        "The speaker stays awake or gets up at night for someone they care for",
                                "examples", List.of("I stay up with my mother most nights"))));
        ids.put(
                "Financial strain",
                code(
                        coding,
                        token,
                        projectId,
                        "Financial strain",
                        Map.of("definition", "Worries about money, income, bills or debts")));
        ids.put(
                "Help from family",
                code(
                        coding,
                        token,
                        projectId,
                        "Help from family",
                        Map.of(
                                "definition", "Relatives such as siblings or children giving practical support",
                                "exclusion_criteria", "Help from paid professionals such as nurses or carers")));
        ids.put("Gardening", code(coding, token, projectId, "Gardening", Map.of()));
        return ids;
    }

    private static String code(
            CodingApi coding, String token, String projectId, String label, Map<String, Object> criteria) {
        String id = coding.json(token, "POST", "/api/projects/" + projectId + "/codes", Map.of("label", label), 201)
                .get("id")
                .asText();
        if (!criteria.isEmpty()) {
            coding.json(token, "PATCH", "/api/codes/" + id, criteria, 200);
        }
        return id;
    }

    private static void apply(
            CodingApi coding, String token, Map<String, String> fragments, String start, String codeId) {
        String fragment = fragments.entrySet().stream()
                .filter(e -> e.getKey().startsWith(start))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        coding.json(
                token,
                "POST",
                "/api/fragments/" + fragment + "/codes",
                Map.of("code_id", codeId, "quote_start", 0, "quote_end", start.length()),
                201);
    }

    /** Participant fragments of an interview: text → id. */
    static Map<String, String> participantFragments(
            CodingApi coding, String token, String interviewId, String speaker) {
        Map<String, String> result = new HashMap<>();
        coding.json(token, "GET", "/api/interviews/" + interviewId + "/fragments?size=100", null, 200)
                .get("items")
                .forEach(f -> {
                    if (speaker.equals(f.get("speaker").asText())) {
                        result.put(f.get("text").asText(), f.get("id").asText());
                    }
                });
        return result;
    }

    /** The labels one coder applied, by fragment id. */
    static Map<String, Set<String>> codesByFragment(CodingSnapshot snapshot, UUID coder, Map<String, String> codes) {
        Map<String, String> labels = new HashMap<>();
        codes.forEach((label, id) -> labels.put(id, label));
        Map<String, Set<String>> result = new HashMap<>();
        snapshot.applications().stream().filter(a -> a.coderId().equals(coder)).forEach(a -> result.computeIfAbsent(
                        a.fragmentId().toString(), k -> new java.util.TreeSet<>())
                .add(labels.get(a.codeId().toString())));
        return result;
    }
}
