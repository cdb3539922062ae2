package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.theogen.support.IntegrationTest;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A node runs at most {@code theogen.job.workers} jobs at once (docs/adr/040); the others wait in the queue,
 * pending, and every one of them completes once, on its first attempt.
 */
@IntegrationTest
@TestPropertySource(properties = "theogen.job.workers=2")
class JobWorkersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsAtMostTheConfiguredNumberOfJobsAtOnceAndQueuesTheRestUntilAllComplete() {
        List<TestProject> projects = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestProject p = TestProject.create(jdbc);
            projects.add(p);
            ids.add(jobs.submit(p.request(Map.of("hold", true))).job().id());
        }

        await().atMost(PATIENCE).until(() -> count(projects, ids, JobStatus.RUNNING) == 2);
        await().during(Duration.ofSeconds(2))
                .atMost(PATIENCE)
                .until(() ->
                        count(projects, ids, JobStatus.RUNNING) == 2 && count(projects, ids, JobStatus.PENDING) == 3);

        ids.forEach(TestJobHandlers::release);
        await().atMost(PATIENCE).until(() -> count(projects, ids, JobStatus.COMPLETED) == 5);
        for (int i = 0; i < ids.size(); i++) {
            JobView done =
                    jobs.get(projects.get(i).id(), ids.get(i), projects.get(i).owner());
            assertThat(done.attempt()).isEqualTo(1);
            assertThat(TestJobHandlers.executions(ids.get(i), "second")).isEqualTo(1);
        }
    }

    private long count(List<TestProject> projects, List<UUID> ids, JobStatus status) {
        long n = 0;
        for (int i = 0; i < ids.size(); i++) {
            TestProject p = projects.get(i);
            n += jobs.get(p.id(), ids.get(i), p.owner()).status() == status ? 1 : 0;
        }
        return n;
    }
}
