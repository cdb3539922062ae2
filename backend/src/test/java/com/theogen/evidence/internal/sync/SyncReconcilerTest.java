package com.theogen.evidence.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.theogen.evidence.TranscriptUploads;
import com.theogen.evidence.VectorIndex;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Indexing or removal lost to a crash or a down store is found in evidence_sync and done again. */
@IntegrationTest
class SyncReconcilerTest {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final String TEXT =
            """
            Interviewer: How did you get to the clinic?

            Ana: The bus stopped running, so neighbours drove me to the clinic every week.

            Interviewer: Who else helped?

            Ana: My daughter paid for a taxi when nobody could drive.
            """;

    @Autowired
    ApiClient api;

    @Autowired
    VectorIndex index;

    @Autowired
    SyncStore store;

    @Autowired
    SyncReconciler reconciler;

    @Autowired
    JdbcTemplate jdbc;

    String token;
    UUID project;

    @BeforeEach
    void projectWithAnIndexedInterview() {
        token = api.newUserToken();
        project = UUID.fromString(
                api.createProject(token, Map.of("name", "Clinic")).get("id").asText());
    }

    @Test
    void reindexesAnInterviewWhoseWorkerDiedMidWay() {
        UUID interview = upload();
        long indexed = index.count(project);
        index.deleteInterview(project, interview);
        age(interview, "indexing"); // claimed by a worker that never finished

        assertThat(reconciler.reconcile()).isPositive();

        await().atMost(PATIENCE).until(() -> index.count(project) == indexed);
        await().atMost(PATIENCE).until(() -> state(interview).equals("indexed"));
    }

    @Test
    void retriesAFailedInterviewAndRecordsTheAttempt() {
        UUID interview = upload();
        index.deleteInterview(project, interview);
        jdbc.update(
                "UPDATE evidence_sync SET state = 'failed', attempts = 1, last_error = 'qdrant down',"
                        + " updated_at = now() - interval '1 day' WHERE interview_id = ?",
                interview);

        reconciler.reconcile();

        await().atMost(PATIENCE).until(() -> state(interview).equals("indexed"));
        SyncStore.Row row = store.find(interview).orElseThrow();
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.lastError()).isNull();
        assertThat(index.count(project)).isPositive();
    }

    @Test
    void finishesARemovalThatWasLost() {
        UUID interview = upload();
        age(interview, "deleting"); // deleted in PostgreSQL, the after-commit removal never ran

        reconciler.reconcile();

        await().atMost(PATIENCE).until(() -> index.count(project) == 0);
        await().atMost(PATIENCE).until(() -> store.find(interview).isEmpty());
    }

    private UUID upload() {
        UUID interview =
                UUID.fromString(TranscriptUploads.upload(api, token, project.toString(), "ana.txt", TEXT, "Ana", "en"));
        await().atMost(PATIENCE).until(() -> state(interview).equals("indexed"));
        assertThat(index.count(project)).isPositive();
        return interview;
    }

    private void age(UUID interview, String state) {
        jdbc.update(
                "UPDATE evidence_sync SET state = ?, updated_at = now() - interval '1 day' WHERE interview_id = ?",
                state,
                interview);
    }

    private String state(UUID interview) {
        return store.find(interview).map(SyncStore.Row::state).orElse("absent");
    }
}
