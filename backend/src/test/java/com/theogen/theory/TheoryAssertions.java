package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a researcher checks in a theory: every quote is really in its fragment, where the theory says. */
final class TheoryAssertions {

    private TheoryAssertions() {}

    static List<JsonNode> allEvidence(JsonNode theory) {
        List<JsonNode> out = new ArrayList<>();
        theory.get("core_category").get("evidence").forEach(out::add);
        for (String component :
                List.of("phenomenon", "causal_conditions", "context", "intervening_conditions", "strategies")) {
            theory.get("paradigm").get(component).forEach(c -> c.get("evidence").forEach(out::add));
        }
        theory.get("consequences").forEach(c -> c.get("evidence").forEach(out::add));
        theory.get("propositions").forEach(p -> p.get("evidence").forEach(out::add));
        return out;
    }

    /** Every claim of the theory (core, paradigm, consequences, propositions) stands on at least one quote. */
    static void everyClaimHasEvidence(JsonNode theory) {
        List<JsonNode> claims = new ArrayList<>();
        claims.add(theory.get("core_category")); // the paradigm's phenomenon is the same claim
        for (String component : List.of("causal_conditions", "context", "intervening_conditions", "strategies")) {
            theory.get("paradigm").get(component).forEach(claims::add);
        }
        theory.get("consequences").forEach(claims::add);
        theory.get("propositions").forEach(claims::add);
        List<JsonNode> all = new ArrayList<>(claims);
        theory.get("paradigm").get("phenomenon").forEach(all::add);
        assertThat(all).allSatisfy(c -> assertThat(c.get("evidence").size())
                .as("evidence of %s", c)
                .isPositive());
        assertThat(theory.get("evidence_coverage").get("ratio").asDouble()).isEqualTo(1.0);
        assertThat(theory.get("evidence_coverage").get("claims").asInt()).isEqualTo(claims.size());
    }

    static void everyQuoteIsVerbatimAtItsOffsets(JsonNode theory, InterviewFragments fragments, String projectId) {
        List<JsonNode> evidence = allEvidence(theory);
        assertThat(evidence).isNotEmpty();
        for (JsonNode e : evidence) {
            Fragment fragment = fragments
                    .find(UUID.fromString(e.get("fragment_id").asText()))
                    .orElseThrow(() -> new AssertionError("unknown fragment " + e));
            assertThat(fragment.projectId().toString()).isEqualTo(projectId);
            int start = e.get("start").asInt();
            int end = e.get("end").asInt();
            assertThat(fragment.text().substring(start, end))
                    .isEqualTo(e.get("quote").asText());
            assertThat(e.get("interview_start").asInt()).isEqualTo(fragment.charStart() + start);
            assertThat(e.get("interview_end").asInt()).isEqualTo(fragment.charStart() + end);
            assertThat(e.get("interview_label").asText()).isNotBlank();
        }
    }
}
