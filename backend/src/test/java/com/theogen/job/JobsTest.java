package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.shared.DomainException;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class JobsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Jobs jobs;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsAJobThroughItsStagesToCompletion() {
        TestProject p = TestProject.create(jdbc);
        JobSubmission submission = jobs.submit(p.request(Map.of()));
        assertThat(submission.reused()).isFalse();

        JobView done = awaitStatus(p, submission.job().id(), JobStatus.COMPLETED);

        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.resultId()).isEqualTo(UUID.nameUUIDFromBytes("first".getBytes()));
        assertThat(done.steps()).extracting(JobView.StepEntry::step).containsExactly("first", "second");
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.elapsedMs()).isNotNull());
        assertThat(done.attempt()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentSubmissionsForOneProjectMakeExactlyOneJob() throws Exception {
        TestProject p = TestProject.create(jdbc);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<JobSubmission>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> {
                start.await();
                return jobs.submit(p.request(Map.of("hold", true)));
            });
        }
        List<Future<JobSubmission>> futures = calls.stream().map(pool::submit).toList();
        start.countDown();
        List<JobSubmission> results = new ArrayList<>();
        for (Future<JobSubmission> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();

        Set<UUID> ids = results.stream().map(r -> r.job().id()).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(results.stream().filter(r -> !r.reused()).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_runs WHERE project_id = ?", Long.class, p.id()))
                .isEqualTo(1);

        UUID id = ids.iterator().next();
        TestJobHandlers.release(id);
        awaitStatus(p, id, JobStatus.COMPLETED);
        assertThat(TestJobHandlers.executions(id, "second")).isEqualTo(1);
    }

    @Test
    void anotherKindOfJobOnABusyProjectIsAConflictUntilTheFirstEnds() {
        TestProject p = TestProject.create(jdbc);
        UUID first = jobs.submit(p.request(Map.of("hold", true))).job().id();

        assertThatThrownBy(() -> jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.OTHER_KIND, Map.of())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("PROJECT_BUSY"));

        TestJobHandlers.release(first);
        awaitStatus(p, first, JobStatus.COMPLETED);
        assertThat(jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.OTHER_KIND, Map.of()))
                        .reused())
                .isFalse();
    }

    @Test
    void aNonExclusiveKindRunsBesideABusyProjectAndNeverMakesItBusy() {
        TestProject p = TestProject.create(jdbc);
        UUID holder = jobs.submit(p.request(Map.of("hold", true))).job().id();

        JobSubmission shared =
                jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.SHARED_KIND, Map.of("hold", true)));
        JobSubmission another = jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.SHARED_KIND, Map.of()));

        assertThat(shared.reused()).isFalse();
        assertThat(another.reused()).isFalse();
        assertThat(another.job().id()).isNotEqualTo(shared.job().id());
        awaitStatus(p, another.job().id(), JobStatus.COMPLETED);
        assertThat(jobs.get(p.id(), holder, p.owner()).status().isTerminal())
                .as("the exclusive job still holds the project")
                .isFalse();

        TestJobHandlers.release(holder);
        awaitStatus(p, holder, JobStatus.COMPLETED);
        UUID next = jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.OTHER_KIND, Map.of()))
                .job()
                .id();
        assertThat(jobs.get(p.id(), shared.job().id(), p.owner()).status().isTerminal())
                .as("the shared job is still held and did not block the next exclusive job")
                .isFalse();
        awaitStatus(p, next, JobStatus.COMPLETED);
        TestJobHandlers.release(shared.job().id());
        awaitStatus(p, shared.job().id(), JobStatus.COMPLETED);
    }

    @Test
    void cancelStopsARunningJobAndFreesTheProject() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold", true))).job().id();
        await().atMost(PATIENCE)
                .until(() -> "second".equals(jobs.get(p.id(), id, p.owner()).step()));

        jobs.cancel(p.id(), id, p.owner());

        JobView canceled = awaitStatus(p, id, JobStatus.CANCELED);
        assertThat(canceled.errorCode()).isEqualTo("CANCELED");
        assertThat(jobs.submit(p.request(Map.of())).reused()).isFalse();
    }

    @Test
    void aDomainErrorFailsTheJobWithItsCode() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("fail_code", "INSUFFICIENT_CATEGORIES")))
                .job()
                .id();

        JobView failed = awaitStatus(p, id, JobStatus.FAILED);

        assertThat(failed.errorCode()).isEqualTo("INSUFFICIENT_CATEGORIES");
        assertThat(failed.error()).contains("2 of 3");
    }

    @Test
    void anUnexpectedErrorFailsTheJobWithoutLeakingDetails() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("crash", true))).job().id();

        JobView failed = awaitStatus(p, id, JobStatus.FAILED);

        assertThat(failed.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(failed.error()).contains("incident").doesNotContain("scripted crash");
    }

    @Test
    void statusIsServedOverHttpOnlyToTheOwner() {
        String token = api.newUserToken();
        String projectId = api.createProject(token, Map.of("name", "Jobs over HTTP"))
                .get("id")
                .asText();
        UUID owner = UUID.fromString(
                jdbc.queryForObject("SELECT owner_id::text FROM projects WHERE id = ?::uuid", String.class, projectId));
        TestProject p = new TestProject(UUID.fromString(projectId), owner);
        UUID id = jobs.submit(p.request(Map.of())).job().id();
        awaitStatus(p, id, JobStatus.COMPLETED);

        JsonNode status = api.get(token, "/api/projects/" + projectId + "/jobs/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(status.get("task_id").asText()).isEqualTo(id.toString());
        assertThat(status.get("status").asText()).isEqualTo("completed");
        assertThat(status.get("progress").asInt()).isEqualTo(100);
        assertThat(status.get("next_poll_seconds").isNull()).isTrue();

        api.get(api.newUserToken(), "/api/projects/" + projectId + "/jobs/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        api.get(token, "/api/projects/" + projectId + "/jobs/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void progressStreamEndsWithTheFinalStatus() {
        String token = api.newUserToken();
        String projectId =
                api.createProject(token, Map.of("name", "Streamed")).get("id").asText();
        UUID owner = UUID.fromString(
                jdbc.queryForObject("SELECT owner_id::text FROM projects WHERE id = ?::uuid", String.class, projectId));
        UUID id = jobs.submit(new TestProject(UUID.fromString(projectId), owner).request(Map.of()))
                .job()
                .id();

        List<String> events = api.get(token, "/api/projects/" + projectId + "/jobs/" + id + "/events")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody()
                .collectList()
                .block(PATIENCE);

        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).contains("\"status\":\"completed\"");
    }

    private JobView awaitStatus(TestProject p, UUID id, JobStatus status) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.get(p.id(), id, p.owner()).status().isTerminal());
        JobView view = jobs.get(p.id(), id, p.owner());
        assertThat(view.status()).isEqualTo(status);
        return view;
    }
}
