package com.theogen.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Auto-coding the demo project with the offline analyst, through the public API. */
@IntegrationTest
class OfflineAutoCodingTest {

    private static final Pattern JUNK = Pattern.compile(
            "(?i)^(\\d+|uh|um|eh|ehm|mm|hmm|pues|bueno|vale|yeah|okay|ok|the|and|que|de|la|el|y|interviewer"
                    + "|entrevistadora?|respondent|marta|david|rosa|carmen|john|lucia|priya|helen)$");

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Codebooks codebooks;

    @Test
    void demoProjectGetsAMeaningfulCodebookWithVerbatimQuotesAndCategories() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.demoProject(token);

        JsonNode done = coding.autoCode(token, projectId, Map.of());

        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        CodingSnapshot snapshot = codebooks.snapshot(UUID.fromString(projectId));
        assertThat(snapshot.codes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(snapshot.categories()).isNotEmpty();
        assertThat(snapshot.codes()).allSatisfy(code -> {
            assertThat(code.categoryId()).as(code.label()).isNotNull();
            assertThat(code.origin()).isEqualTo(CodingSnapshot.Origin.OFFLINE);
            assertThat(code.label()).doesNotMatch(JUNK);
            assertThat(code.label().strip()).isNotEmpty();
        });
        Map<UUID, String> texts = fragmentTexts(projectId);
        assertThat(snapshot.applications()).isNotEmpty().allSatisfy(a -> assertThat(
                        texts.get(a.fragmentId()).substring(a.quoteStart(), a.quoteEnd()))
                .isEqualTo(a.quote()));
        assertThat(jdbc.queryForList(
                        "SELECT count(DISTINCT code_id) FROM code_applications WHERE project_id = ?::uuid"
                                + " GROUP BY fragment_id",
                        Integer.class,
                        projectId))
                .allSatisfy(n -> assertThat(n).isBetween(1, 3));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM code_applications a JOIN fragments f ON f.id = a.fragment_id"
                                + " WHERE a.project_id = ?::uuid AND (f.speaker ILIKE 'interviewer%'"
                                + " OR f.speaker ILIKE 'entrevistador%')",
                        Integer.class, projectId))
                .isZero();
    }

    @Test
    void secondRunWithoutRecodeAddsNothing() {
        CodingApi coding = new CodingApi(api);
        String token = api.newUserToken();
        String projectId = coding.demoProject(token);
        coding.autoCode(token, projectId, Map.of());
        CodingSnapshot first = codebooks.snapshot(UUID.fromString(projectId));

        JsonNode again = coding.autoCode(token, projectId, Map.of());

        assertThat(again.get("status").asText()).isEqualTo("completed");
        CodingSnapshot second = codebooks.snapshot(UUID.fromString(projectId));
        assertThat(second.applications()).hasSameSizeAs(first.applications());
        assertThat(second.codes()).hasSameSizeAs(first.codes());
        assertThat(second.categories()).hasSameSizeAs(first.categories());
    }

    private Map<UUID, String> fragmentTexts(String projectId) {
        Map<UUID, String> texts = new java.util.HashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, text FROM fragments WHERE project_id = ?::uuid", UUID.fromString(projectId));
        rows.forEach(r -> texts.put((UUID) r.get("id"), (String) r.get("text")));
        return texts;
    }
}
