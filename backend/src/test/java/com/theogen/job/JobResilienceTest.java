package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.theogen.support.IntegrationTest;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What happens when replicas die or compete. A dead replica is simulated the way it looks in the database
 * after a crash: its db-scheduler execution stops heart-beating (the row's heartbeat is set far in the past
 * and its version bumped, so the still-running thread can no longer refresh it). The app's scheduler then
 * detects the dead execution and revives it, exactly as a surviving replica would.
 */
@IntegrationTest
class JobResilienceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OneTimeTask<String> jobTask;

    @Test
    void aJobWhoseWorkerDiedResumesFromItsLastCompletedStage() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold_attempt", 1))).job().id();
        await().atMost(PATIENCE)
                .until(() -> "second".equals(jobs.get(p.id(), id, p.owner()).step()));

        killWorkerOf(id);

        JobView done = awaitTerminal(p, id);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.attempt()).isEqualTo(2);
        assertThat(TestJobHandlers.executions(id, "first"))
                .as("completed stage not redone")
                .isEqualTo(1);
        assertThat(TestJobHandlers.executions(id, "second")).isEqualTo(2);

        TestJobHandlers.release(id); // the zombie of attempt 1 wakes up: it must not touch the finished job
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        JobView after = jobs.get(p.id(), id, p.owner());
        assertThat(after.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(after.updatedAt()).isEqualTo(done.updatedAt());
    }

    @Test
    void aJobThatKeepsLosingItsWorkerFailsWithAClearCodeInsteadOfRunningForever() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of("hold", true))).job().id();
        await().atMost(PATIENCE)
                .until(() -> "second".equals(jobs.get(p.id(), id, p.owner()).step()));
        killWorkerOf(id);
        // as if it had died twice before; the still-running worker now sees it is superseded and stops quietly
        jdbc.update("UPDATE job_runs SET attempt = 3 WHERE id = ?", id);

        JobView failed = awaitTerminal(p, id);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("WORKER_LOST");
        TestJobHandlers.release(id);
    }

    @Test
    void twoSchedulersOnOneDatabaseRunEachJobExactlyOnce() {
        Scheduler second = Scheduler.create(dataSource, List.of(jobTask))
                .threads(4)
                .pollingInterval(Duration.ofMillis(100))
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("second-replica"))
                .build();
        second.start();
        try {
            List<TestProject> projects = new ArrayList<>();
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                TestProject p = TestProject.create(jdbc);
                projects.add(p);
                ids.add(jobs.submit(p.request(Map.of())).job().id());
            }
            for (int i = 0; i < ids.size(); i++) {
                assertThat(awaitTerminal(projects.get(i), ids.get(i)).status()).isEqualTo(JobStatus.COMPLETED);
                assertThat(TestJobHandlers.executions(ids.get(i), "first")).isEqualTo(1);
                assertThat(TestJobHandlers.executions(ids.get(i), "second")).isEqualTo(1);
            }
        } finally {
            second.stop();
        }
    }

    private void killWorkerOf(UUID id) {
        // the execution row is picked while the worker runs; wait for it rather than assume it
        await().atMost(PATIENCE)
                .until(() -> jdbc.update(
                                "UPDATE scheduled_tasks SET picked_by = 'dead-replica', last_heartbeat = now() - interval '1 hour', "
                                        + "version = version + 1 WHERE task_name = ? AND task_instance = ? AND picked",
                                jobTask.getName(),
                                id.toString())
                        == 1);
    }

    private JobView awaitTerminal(TestProject p, UUID id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.get(p.id(), id, p.owner()).status().isTerminal());
        return jobs.get(p.id(), id, p.owner());
    }
}
