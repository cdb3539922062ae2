package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.theogen.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A status read costs what it returns: it never loads the job's stage checkpoints (tens of kilobytes for a theory
 * run). Shown here by making the stored checkpoints unreadable as checkpoints: every status read still answers.
 */
@IntegrationTest
class JobStatusReadTest {

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statusReadsNeverTouchTheCheckpoints() {
        TestProject p = TestProject.create(jdbc);
        UUID id = jobs.submit(p.request(Map.of())).job().id();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.get(p.id(), id, p.owner()).status().isTerminal());
        jdbc.update("UPDATE job_runs SET checkpoints = '[\"not a map of stages\"]'::jsonb WHERE id = ?", id);

        JobView one = jobs.get(p.id(), id, p.owner());
        assertThat(one.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(one.steps()).extracting(JobView.StepEntry::step).containsExactly("first", "second");
        assertThat(jobs.recent(p.id(), p.owner(), 5)).extracting(JobView::id).containsExactly(id);
        assertThat(jobs.cancel(p.id(), id, p.owner()).status()).isEqualTo(JobStatus.COMPLETED);
    }
}
