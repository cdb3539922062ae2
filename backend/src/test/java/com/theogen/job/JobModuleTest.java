package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.support.TestJobHandlers;
import com.theogen.web.BlockingBridge;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The job module started alone (STANDALONE) with db-scheduler and what it truly needs: the {@code shared} kernel
 * (the embedded PostgreSQL, with the Liquibase schema applied) and the {@code web} edge (its controller's {@link
 * BlockingBridge}), included as modules because Modulith drops the beans of modules a test does not bootstrap; and
 * the test job handlers. Its one neighbour API, {@link ProjectAccess}, is a Mockito bean: membership is the {@code
 * project} module's rule, and here it lets everyone in unless a test says otherwise. Users and projects are rows
 * written by {@link TestProject}, because {@code job_runs} references them.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "web"})
@ActiveProfiles("test")
@Import(TestJobHandlers.class)
class JobModuleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @MockitoBean
    ProjectAccess projects;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OneTimeTask<String> jobTask;

    @Test
    void runsASubmittedJobThroughItsCheckpointedStagesToCompletion() {
        TestProject p = TestProject.create(jdbc);

        JobSubmission submission = jobs.submit(p.request(Map.of()));
        JobView done = awaitTerminal(p, submission.job().id());

        assertThat(submission.reused()).isFalse();
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.resultId()).isEqualTo(UUID.nameUUIDFromBytes("first".getBytes()));
        assertThat(done.steps()).extracting(JobView.StepEntry::step).containsExactly("first", "second");
        assertThat(done.attempt()).isEqualTo(1);
    }

    @Test
    void holdsOneExclusiveJobPerProjectReusingItForItsOwnerAndRefusingEveryoneElse() {
        TestProject p = TestProject.create(jdbc);
        UUID colleague = TestProject.user(jdbc);
        UUID running = jobs.submit(p.request(Map.of("hold", true))).job().id();

        JobSubmission again = jobs.submit(p.request(Map.of()));
        JobSubmission beside = jobs.submit(new JobRequest(p.id(), colleague, TestJobHandlers.SHARED_KIND, Map.of()));

        assertThat(again.reused()).isTrue();
        assertThat(again.job().id()).isEqualTo(running);
        assertThat(beside.reused()).isFalse();
        assertBusy(() -> jobs.submit(new JobRequest(p.id(), colleague, TestJobHandlers.KIND, Map.of())));
        assertBusy(() -> jobs.submit(new JobRequest(p.id(), p.owner(), TestJobHandlers.OTHER_KIND, Map.of())));

        TestJobHandlers.release(running);
        awaitTerminal(p, running);
        assertThat(jobs.submit(new JobRequest(p.id(), colleague, TestJobHandlers.KIND, Map.of()))
                        .reused())
                .as("the lock is released when the job ends")
                .isFalse();
    }

    @Test
    void aStatusReadKeepsItsTagWhileTheJobStandsStillAndGetsANewOneWhenItMoves() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold", true))).job().id();
        await().atMost(PATIENCE).until(() -> "second".equals(read(p, id).step()));

        JobView first = read(p, id);
        JobView unchanged = read(p, id);
        TestJobHandlers.release(id);
        JobView done = awaitTerminal(p, id);

        assertThat(first.progress()).isEqualTo(50);
        assertThat(unchanged.etag()).isEqualTo(first.etag());
        assertThat(done.etag()).isNotEqualTo(first.etag());
        assertThat(jobs.recent(p.id(), p.owner(), 5)).extracting(JobView::id).containsExactly(id);
    }

    @Test
    void aHandlerErrorFailsTheJobWithItsCodeAndAnUnexpectedOneHidesItsDetail() {
        TestProject p = TestProject.create(jdbc);

        JobView refused = awaitTerminal(
                p,
                jobs.submit(p.request(Map.of("fail_code", "TOO_FEW_CODES")))
                        .job()
                        .id());
        JobView crashed = awaitTerminal(
                p, jobs.submit(p.request(Map.of("crash", true))).job().id());

        assertThat(refused.status()).isEqualTo(JobStatus.FAILED);
        assertThat(refused.errorCode()).isEqualTo("TOO_FEW_CODES");
        assertThat(refused.error()).isEqualTo("Scripted failure: 2 of 3 needed");
        assertThat(crashed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(crashed.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(crashed.error())
                .startsWith("The job failed unexpectedly; incident ")
                .doesNotContain("scripted");
    }

    @Test
    void aJobWhoseWorkerDiedIsRetriedFromItsLastCompletedStage() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold_attempt", 1))).job().id();
        await().atMost(PATIENCE).until(() -> "second".equals(read(p, id).step()));

        killWorkerOf(id);
        JobView done = awaitTerminal(p, id);
        TestJobHandlers.release(id); // the first attempt's worker wakes up superseded and stops quietly

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.attempt()).isEqualTo(2);
        assertThat(TestJobHandlers.executions(id, "first"))
                .as("completed stage not redone")
                .isEqualTo(1);
        assertThat(TestJobHandlers.executions(id, "second")).isEqualTo(2);
    }

    @Test
    void cancelingARunningJobEndsItCanceledAndFreesTheProject() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold", true))).job().id();
        await().atMost(PATIENCE).until(() -> "second".equals(read(p, id).step()));

        jobs.cancel(p.id(), id, p.owner());
        JobView canceled = awaitTerminal(p, id);

        assertThat(canceled.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(canceled.errorCode()).isEqualTo("CANCELED");
        assertThat(jobs.submit(p.request(Map.of())).reused()).isFalse();
    }

    @Test
    void aJobIsNotFoundThroughAnotherProjectAndANonMemberStoresNothing() {
        TestProject mine = TestProject.create(jdbc);
        TestProject theirs = TestProject.create(jdbc);
        UUID theirJob = jobs.submit(theirs.request(Map.of())).job().id();
        doThrow(DomainException.notFound("Project"))
                .when(projects)
                .check(eq(theirs.id()), eq(mine.owner()), any(ProjectRole.class));

        assertNotFound(() -> jobs.get(mine.id(), theirJob, mine.owner()));
        assertNotFound(() -> jobs.cancel(mine.id(), theirJob, mine.owner()));
        assertNotFound(() -> jobs.submit(new JobRequest(theirs.id(), mine.owner(), TestJobHandlers.KIND, Map.of())));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM job_runs WHERE project_id = ? AND owner_id = ?",
                        Long.class,
                        theirs.id(),
                        mine.owner()))
                .isZero();
    }

    private JobView read(TestProject p, UUID id) {
        return jobs.get(p.id(), id, p.owner());
    }

    private JobView awaitTerminal(TestProject p, UUID id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> read(p, id).status().isTerminal());
        return read(p, id);
    }

    /** As if the replica running the job had died: db-scheduler revives its execution elsewhere. */
    private void killWorkerOf(UUID id) {
        await().atMost(PATIENCE)
                .until(() -> jdbc.update(
                                "UPDATE scheduled_tasks SET picked_by = 'dead-replica', "
                                        + "last_heartbeat = now() - interval '1 hour', version = version + 1 "
                                        + "WHERE task_name = ? AND task_instance = ? AND picked",
                                jobTask.getName(),
                                id.toString())
                        == 1);
    }

    private static void assertBusy(Runnable submit) {
        assertThatThrownBy(submit::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.is(JobError.PROJECT_BUSY))
                        .isTrue());
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.category())
                .isEqualTo(ErrorCategory.NOT_FOUND));
    }
}
