package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review queue for machine coding (docs/adr/031) over HTTP: offline auto-coding proposes, a coder accepts,
 * rejects, moves and adjusts; rejected applications leave the codebook counts, the coder's figures and the agreement
 * comparison; bulk changes are all or nothing; a stranger's project does not exist.
 */
@IntegrationTest
class ReviewApiTest {

    @Autowired
    ApiClient api;

    /** A project with one interview, one hand-applied code (the owner's layer) and offline auto-coding. */
    private record Coded(CodingApi coding, String token, String project, JsonNode human) {

        JsonNode queue(String query) {
            return coding.json(token, "GET", "/api/projects/" + project + "/review" + query, null, 200);
        }

        JsonNode review(String id, Map<String, Object> body, int status) {
            return coding.json(token, "POST", "/api/code-applications/" + id + "/review", body, status);
        }

        JsonNode bulk(Map<String, Object> body, int status) {
            return coding.json(token, "POST", "/api/projects/" + project + "/review", body, status);
        }

        /** A code of the project nobody applied yet, to move applications to. */
        String newCode(String label) {
            return coding.json(token, "POST", "/api/projects/" + project + "/codes", Map.of("label", label), 201)
                    .get("id")
                    .asText();
        }

        Map<String, JsonNode> coders() {
            Map<String, JsonNode> byKind = new HashMap<>();
            coding.json(token, "GET", "/api/projects/" + project + "/coders", null, 200)
                    .forEach(c -> byKind.put(c.get("kind").asText(), c));
            return byKind;
        }
    }

    private Coded coded() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String project = coding.json(token, "POST", "/api/projects", Map.of("name", "Revisión", "language", "es"), 201)
                .get("id")
                .asText();
        String interview = coding.upload(token, project, "marta.txt", CodersApiTest.TRANSCRIPT);
        JsonNode fragment = coding.json(token, "GET", "/api/interviews/" + interview + "/fragments", null, 200)
                .get("items")
                .get(1);
        JsonNode human = coding.json(
                token,
                "POST",
                "/api/fragments/" + fragment.get("id").asText() + "/codes",
                Map.of("label", "turno de noche", "quote_start", 0, "quote_end", 16),
                201);
        assertThat(coding.autoCode(token, project, Map.of()).get("status").asText())
                .isEqualTo("completed");
        return new Coded(coding, token, project, human);
    }

    @Test
    void machineCodingWaitsPendingAndAcceptingOrRejectingMovesTheCountsCodersAndAgreement() {
        Coded c = coded();
        JsonNode queue = c.queue("?size=200");
        List<JsonNode> items = new ArrayList<>();
        queue.get("items").forEach(items::add);
        assertThat(items).hasSizeGreaterThanOrEqualTo(2);
        long total = queue.get("total_items").asLong();
        assertThat(queue.at("/counts/pending").asLong()).isEqualTo(total);
        assertThat(queue.at("/counts/accepted").asLong()).isZero();
        for (JsonNode item : items) {
            assertThat(item.get("review_state").asText()).isEqualTo("pending");
            assertThat(item.get("coder_kind").asText()).isEqualTo("offline");
            assertThat(item.get("id").asText()).isNotEqualTo(c.human().get("id").asText());
            String text = item.get("fragment_text").asText();
            assertThat(text.substring(
                            item.get("quote_start").asInt(),
                            item.get("quote_end").asInt()))
                    .isEqualTo(item.get("quote").asText());
            assertThat(item.get("code_label").asText()).isNotBlank();
        }
        JsonNode offline = c.coders().get("offline");
        assertThat(offline.get("pending").asLong()).isEqualTo(total);
        int applicationsBefore = offline.get("applications").asInt();

        // rejected: the offline analyst's only application of its code in a respondent's fragment, so the agreement
        // row of that code loses exactly that fragment
        JsonNode reject = items.stream()
                .filter(i -> !"Entrevistadora".equals(i.get("speaker").asText()))
                .filter(i -> items.stream()
                                .filter(o -> o.get("code_id").equals(i.get("code_id"))
                                        && o.get("fragment_id").equals(i.get("fragment_id")))
                                .count()
                        == 1)
                .findFirst()
                .orElseThrow();
        JsonNode accept = items.stream().filter(i -> i != reject).findFirst().orElseThrow();
        JsonNode accepted = c.review(accept.get("id").asText(), Map.of("state", "accepted"), 200);
        assertThat(accepted.get("review_state").asText()).isEqualTo("accepted");
        assertThat(accepted.get("reviewed_at").isNull()).isFalse();
        String rejectedCode = reject.get("code_id").asText();
        JsonNode agreementBefore = agreement(c, offline.get("id").asText(), rejectedCode);
        c.review(reject.get("id").asText(), Map.of("state", "rejected"), 200);

        JsonNode after = c.queue("?size=200");
        assertThat(after.at("/counts/pending").asLong()).isEqualTo(total - 2);
        assertThat(after.at("/counts/accepted").asLong()).isEqualTo(1);
        assertThat(after.at("/counts/rejected").asLong()).isEqualTo(1);
        assertThat(after.get("items"))
                .extracting(i -> i.get("id").asText())
                .doesNotContain(accept.get("id").asText(), reject.get("id").asText());
        assertThat(c.queue("?state=rejected").get("items"))
                .extracting(i -> i.get("id").asText())
                .containsExactly(reject.get("id").asText());
        assertThat(c.queue("?state=all").get("total_items").asLong()).isEqualTo(total);

        offline = c.coders().get("offline");
        assertThat(offline.get("applications").asInt()).isEqualTo(applicationsBefore - 1);
        assertThat(offline.get("rejected").asInt()).isEqualTo(1);
        assertThat(offline.get("pending").asLong()).isEqualTo(total - 2);
        JsonNode agreementAfter = agreement(c, offline.get("id").asText(), rejectedCode);
        assertThat(coded(agreementAfter)).isEqualTo(coded(agreementBefore) - 1);
        JsonNode evidence =
                c.coding.json(c.token, "GET", "/api/codes/" + rejectedCode + "/evidence?size=200", null, 200);
        assertThat(evidence.get("items"))
                .extracting(e -> e.get("application_id").asText())
                .doesNotContain(reject.get("id").asText());

        // re-coding replaces only what still waits for review
        assertThat(c.coding
                        .autoCode(c.token, c.project, Map.of("recode", true))
                        .get("status")
                        .asText())
                .isEqualTo("completed");
        JsonNode reviewed = c.queue("?state=all&size=200");
        Map<String, String> states = new HashMap<>();
        reviewed.get("items")
                .forEach(i ->
                        states.put(i.get("id").asText(), i.get("review_state").asText()));
        assertThat(states)
                .containsEntry(accept.get("id").asText(), "accepted")
                .containsEntry(reject.get("id").asText(), "rejected");
        assertThat(c.review(reject.get("id").asText(), Map.of("state", "pending"), 200)
                        .get("reviewed_at")
                        .isNull())
                .isTrue();
    }

    @Test
    void changesTheCodeAndAdjustsTheSpanOnlyToVerbatimOffsets() {
        Coded c = coded();
        JsonNode item = c.queue("").get("items").get(0);
        String id = item.get("id").asText();
        String text = item.get("fragment_text").asText();
        String otherCode = c.newCode("vigilia");

        JsonNode moved = c.review(id, Map.of("code_id", otherCode), 200);
        assertThat(moved.get("code_id").asText()).isEqualTo(otherCode);
        assertThat(moved.get("code_label").asText()).isEqualTo("vigilia");
        assertThat(moved.get("review_state").asText()).isEqualTo("accepted");
        assertThat(moved.get("coder_kind").asText()).isEqualTo("offline");

        int start = text.indexOf(' ') + 1;
        int end = text.indexOf(' ', start + 1);
        JsonNode adjusted =
                c.review(id, Map.of("quote_start", start, "quote_end", end, "quote", text.substring(start, end)), 200);
        assertThat(adjusted.get("quote").asText()).isEqualTo(text.substring(start, end));
        assertThat(adjusted.get("quote_start").asInt()).isEqualTo(start);

        assertThat(error(c.review(id, Map.of("quote_start", 0, "quote_end", text.length() + 1), 400)))
                .isEqualTo("SPAN_OUTSIDE_FRAGMENT");
        assertThat(error(c.review(id, Map.of("quote_start", 5, "quote_end", 5), 400)))
                .isEqualTo("SPAN_OUTSIDE_FRAGMENT");
        assertThat(error(c.review(id, Map.of("quote_start", -1, "quote_end", 3), 400)))
                .isEqualTo("SPAN_OUTSIDE_FRAGMENT");
        assertThat(error(c.review(id, Map.of("quote_start", 0), 400))).isEqualTo("SPAN_INCOMPLETE");
        assertThat(error(c.review(id, Map.of("quote_start", 0, "quote_end", 3, "quote", "not there"), 400)))
                .isEqualTo("QUOTE_MISMATCH");
        assertThat(error(c.review(id, Map.of("state", "maybe"), 400))).isEqualTo("INVALID_REVIEW_STATE");
        assertThat(error(c.review(id, Map.of(), 400))).isEqualTo("EMPTY_REVIEW");
        assertThat(error(c.review(id, Map.of("code_id", "3f0c9a52-6c1e-4d7b-9a0e-2b7d5c8e1f4a"), 400)))
                .isEqualTo("UNKNOWN_CODE");
        assertThat(error(c.review(c.human().get("id").asText(), Map.of("state", "rejected"), 400)))
                .isEqualTo("NOT_REVIEWABLE");
        JsonNode unchanged = c.queue("?state=accepted").get("items").get(0);
        assertThat(unchanged.get("quote").asText()).isEqualTo(text.substring(start, end));
    }

    @Test
    void bulkReviewIsAllOrNothing() {
        Coded c = coded();
        JsonNode items = c.queue("").get("items");
        String first = items.get(0).get("id").asText();
        String second = items.get(1).get("id").asText();
        long pending = c.queue("").at("/counts/pending").asLong();

        JsonNode unknown = c.bulk(
                Map.of(
                        "application_ids",
                        List.of(first, second, "3f0c9a52-6c1e-4d7b-9a0e-2b7d5c8e1f4a"),
                        "state",
                        "rejected"),
                400);
        assertThat(error(unknown)).isEqualTo("UNKNOWN_APPLICATIONS");
        assertThat(unknown.toString()).contains("3f0c9a52-6c1e-4d7b-9a0e-2b7d5c8e1f4a");
        assertThat(error(c.bulk(
                        Map.of(
                                "application_ids",
                                List.of(first, c.human().get("id").asText()),
                                "state",
                                "rejected"),
                        400)))
                .isEqualTo("NOT_REVIEWABLE");
        assertThat(c.queue("").at("/counts/pending").asLong()).isEqualTo(pending);
        assertThat(error(c.bulk(Map.of("application_ids", List.of(), "state", "rejected"), 400)))
                .isNotBlank();
        assertThat(error(c.bulk(Map.of("application_ids", List.of(first)), 400)))
                .isEqualTo("EMPTY_REVIEW");

        JsonNode done = c.bulk(Map.of("application_ids", List.of(first, second, first), "state", "rejected"), 200);
        assertThat(done.get("updated").asInt()).isEqualTo(2);
        assertThat(done.at("/counts/rejected").asLong()).isEqualTo(2);
        assertThat(done.at("/counts/pending").asLong()).isEqualTo(pending - 2);
        JsonNode accepted = c.bulk(Map.of("application_ids", List.of(first), "code_id", c.newCode("vigilia")), 200);
        assertThat(accepted.at("/counts/accepted").asLong()).isEqualTo(1);
    }

    @Test
    void anotherUsersProjectDoesNotExistAndAViewerMayOnlyRead() {
        Coded c = coded();
        String id = c.queue("").get("items").get(0).get("id").asText();
        String stranger = api.newUserToken();
        assertThat(error(c.coding.json(stranger, "GET", "/api/projects/" + c.project + "/review", null, 404)))
                .isNotBlank();
        c.coding.json(stranger, "POST", "/api/code-applications/" + id + "/review", Map.of("state", "accepted"), 404);
        c.coding.json(
                stranger,
                "POST",
                "/api/projects/" + c.project + "/review",
                Map.of("application_ids", List.of(id), "state", "accepted"),
                404);
        // the stranger's own project cannot name another project's applications either
        String own = c.coding
                .json(stranger, "POST", "/api/projects", Map.of("name", "Mío", "language", "es"), 201)
                .get("id")
                .asText();
        assertThat(error(c.coding.json(
                        stranger,
                        "POST",
                        "/api/projects/" + own + "/review",
                        Map.of("application_ids", List.of(id), "state", "accepted"),
                        400)))
                .isEqualTo("UNKNOWN_APPLICATIONS");
        assertThat(c.queue("").at("/counts/accepted").asLong()).isZero();
    }

    private static JsonNode agreement(Coded c, String offlineId, String codeId) {
        String me = c.coders().get("user").get("id").asText();
        JsonNode result = c.coding.json(
                c.token,
                "POST",
                "/api/projects/" + c.project + "/agreement",
                Map.of("coder_a", me, "coder_b", offlineId),
                200);
        for (JsonNode code : result.get("codes")) {
            if (code.get("code_id").asText().equals(codeId)) {
                return code;
            }
        }
        throw new AssertionError("no agreement row for " + codeId);
    }

    /** Fragments where the offline analyst (coder B) applied the code. */
    private static long coded(JsonNode code) {
        return code.get("both").asLong() + code.get("only_b").asLong();
    }

    private static String error(JsonNode problem) {
        return problem.get("error_code").asText();
    }
}
