package com.theogen.job.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code theogen_jobs_*} metrics: submissions, outcomes, stage latency, active jobs and queue depth. */
@Component
class JobMetrics {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        Gauge.builder(
                        "theogen_jobs_active",
                        jdbc,
                        j -> count(j, "SELECT count(*) FROM job_runs WHERE status = 'running'"))
                .description("Jobs running now, across replicas")
                .register(registry);
        Gauge.builder(
                        "theogen_jobs_queued",
                        jdbc,
                        j -> count(j, "SELECT count(*) FROM job_runs WHERE status = 'pending'"))
                .description("Jobs waiting for a worker, across replicas")
                .register(registry);
    }

    void submitted(String kind) {
        Counter.builder("theogen_jobs_submitted")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }

    void finished(String kind, String outcome) {
        Counter.builder("theogen_jobs_finished")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void stage(String kind, String stage, Duration elapsed) {
        Timer.builder("theogen_job_stage")
                .tag("kind", kind)
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }

    private static double count(JdbcTemplate jdbc, String sql) {
        try {
            Long value = jdbc.queryForObject(sql, Long.class);
            return value == null ? 0 : value;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
