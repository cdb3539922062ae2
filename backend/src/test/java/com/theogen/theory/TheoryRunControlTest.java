package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.OfflineTestCoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting, reusing, canceling and resuming theory runs, and who may see them. */
@IntegrationTest
class TheoryRunControlTest {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OneTimeTask<String> jobTask;

    @Test
    void anEmptyProjectIsRefusedWithInsufficientCategoriesAndTheCounts() {
        String token = api.newUserToken();
        String project = api.createProject(token, Map.of("name", "Empty study", "language", "es"))
                .get("id")
                .asText();

        JsonNode problem = TheoryApi.body(
                new TheoryApi(api).generate(token, project).expectStatus().isBadRequest());

        assertThat(problem.get("error_code").asText()).isEqualTo("INSUFFICIENT_CATEGORIES");
        assertThat(problem.get("categories").asInt()).isZero();
        assertThat(problem.get("fragments").asInt()).isZero();
    }

    @Test
    void anotherUsersProjectRunsAndTheoriesAreNotFound() {
        TheoryApi theories = new TheoryApi(api);
        String owner = api.newUserToken();
        String stranger = api.newUserToken();
        String project = theories.demoProject(owner);
        UUID anyTask = UUID.randomUUID();

        theories.generate(stranger, project).expectStatus().isNotFound();
        api.get(stranger, "/api/projects/" + project + "/generate-theory/status/" + anyTask)
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get(stranger, "/api/projects/" + project + "/theories")
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get(stranger, "/api/projects/" + project + "/theories/" + anyTask)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void fiftyConcurrentPostsStartExactlyOneRunWhichTheSameUserGetsBackAndCanCancel() throws Exception {
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.demoProject(token);
        OfflineTestCoding.holdAxialGrouping(UUID.fromString(project));
        try {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Callable<JsonNode>> posts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                posts.add(() -> TheoryApi.body(
                        theories.generate(token, project).expectStatus().isAccepted()));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(posts)) {
                answers.add(f.get());
            }
            pool.shutdown();

            Set<String> tasks = new HashSet<>();
            answers.forEach(a -> tasks.add(a.get("task_id").asText()));
            assertThat(tasks).hasSize(1);
            assertThat(answers.stream().filter(a -> !a.get("reused").asBoolean()))
                    .hasSize(1);
            String task = tasks.iterator().next();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM job_runs WHERE project_id = ?::uuid AND kind = 'theory'",
                            Long.class,
                            project))
                    .isEqualTo(1);

            await().atMost(TheoryApi.PATIENCE).until(() -> "axial_grouping"
                    .equals(theories.status(token, project, task).get("step").asText()));
            theories.cancel(token, project, task);
            OfflineTestCoding.release(UUID.fromString(project));

            JsonNode ended = theories.awaitEnd(token, project, task);
            assertThat(ended.get("status").asText()).isEqualTo("canceled");
            assertThat(ended.get("error_code").asText()).isEqualTo("CANCELED");
            assertThat(ended.get("theory_id").isNull()).isTrue();
            assertThat(theories.history(token, project).get("total_items").asInt())
                    .isZero();
        } finally {
            OfflineTestCoding.release(UUID.fromString(project));
        }
    }

    @Test
    void aRunWhoseWorkerDiedMidStageResumesFromItsLastCompletedStage() {
        TheoryApi theories = new TheoryApi(api);
        String token = api.newUserToken();
        String project = theories.demoProject(token);
        UUID projectId = UUID.fromString(project);
        OfflineTestCoding.holdAxialGrouping(projectId);
        try {
            String task = theories.start(token, project);
            await().atMost(TheoryApi.PATIENCE).until(() -> OfflineTestCoding.calls(projectId, "group_axially") == 1);

            killWorkerOf(task);

            JsonNode done = theories.awaitEnd(token, project, task);
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
            assertThat(done.get("attempt").asInt()).isEqualTo(2);
            assertThat(OfflineTestCoding.calls(projectId, "open_code"))
                    .as("auto_code completed before the worker died: not redone")
                    .isEqualTo(1);
            assertThat(OfflineTestCoding.calls(projectId, "group_axially")).isEqualTo(2);
            JsonNode theory =
                    theories.theory(token, project, done.get("theory_id").asText());
            assertThat(theory.get("manifest").get("attempt").asInt()).isEqualTo(2);

            OfflineTestCoding.release(projectId); // the dead worker's thread wakes up: it must change nothing
            await().pollDelay(java.time.Duration.ofMillis(500)).until(() -> true);
            JsonNode after = theories.status(token, project, task);
            assertThat(after.get("updated_at").asText())
                    .isEqualTo(done.get("updated_at").asText());
            assertThat(theories.history(token, project).get("total_items").asInt())
                    .isEqualTo(1);
        } finally {
            OfflineTestCoding.release(projectId);
        }
    }

    private void killWorkerOf(String id) {
        await().atMost(TheoryApi.PATIENCE)
                .until(() -> jdbc.update(
                                "UPDATE scheduled_tasks SET picked_by = 'dead-replica', last_heartbeat = now() - interval '1 hour', "
                                        + "version = version + 1 WHERE task_name = ? AND task_instance = ? AND picked",
                                jobTask.getName(),
                                id)
                        == 1);
    }
}
