package com.theogen.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.analyst.AnalystFragment;
import com.theogen.evidence.TranscriptUploads;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * ADR 044: auto-coding and axial grouping hand the analyst each interview's stored language (detected at ingest or
 * corrected by a researcher), so the analyst does not detect it again.
 */
@IntegrationTest
class StoredLanguageReachesAnalystTest {

    private static final String ENGLISH = "Interviewer: How did it start with your father?\n\n"
            + "Paul: He moved in with us last winter, and since then I work from home three days a week. The night "
            + "shifts at the hospital were impossible with him at home, so I asked my manager for a change.";

    @Autowired
    ApiClient api;

    @Autowired
    CodingFragments fragments;

    @Test
    void analystFragmentsCarryTheDetectedAndThenTheCorrectedLanguage() {
        String token = api.newUserToken();
        UUID project = UUID.fromString(api.createProject(token, Map.of("name", "Stored", "language", "es"))
                .get("id")
                .asText());
        String interview = TranscriptUploads.upload(api, token, project.toString(), "paul.txt", ENGLISH);

        assertThat(languages(project)).containsOnly(SpokenLanguage.EN);

        api.http()
                .patch()
                .uri("/api/interviews/" + interview)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("spoken_language", "fr"))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(languages(project)).containsOnly(SpokenLanguage.FR);
    }

    private List<SpokenLanguage> languages(UUID project) {
        return fragments.ofProject(project, Language.ES).stream()
                .map(CodingFragments.Scoped::analyst)
                .map(AnalystFragment::spokenLanguage)
                .toList();
    }
}
