package com.theogen.job.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Job metrics, named {@code theogen.jobs.*} (Prometheus: {@code theogen_jobs_*}; docs/metrics.md lists them):
 * submissions and outcomes by kind, stage latency histograms, and gauges over {@code job_runs} that hold across
 * replicas (every replica reports the same values, so aggregate them with {@code max}, not {@code sum}).
 */
@Component
class JobMetrics {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        Gauge.builder(
                        "theogen.jobs.active",
                        jdbc,
                        j -> query(j, "SELECT count(*) FROM job_runs WHERE status = 'running'"))
                .description("Jobs running now, across replicas")
                .register(registry);
        Gauge.builder(
                        "theogen.jobs.queued",
                        jdbc,
                        j -> query(j, "SELECT count(*) FROM job_runs WHERE status = 'pending'"))
                .description("Jobs waiting for a worker, across replicas")
                .register(registry);
        Gauge.builder(
                        "theogen.jobs.stalest.update.age",
                        jdbc,
                        j -> query(
                                j,
                                "SELECT coalesce(extract(epoch FROM now() - min(updated_at)), 0) FROM job_runs "
                                        + "WHERE status IN ('pending', 'running')"))
                .description("Seconds since the least recently updated active job last reported progress")
                .baseUnit("seconds")
                .register(registry);
    }

    void submitted(String kind) {
        Counter.builder("theogen.jobs.submitted")
                .description("Jobs accepted (not counting reused submissions)")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }

    void finished(String kind, String outcome) {
        Counter.builder("theogen.jobs.finished")
                .description("Jobs that ended, by outcome: completed, failed, canceled")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void stage(String kind, String stage, Duration elapsed) {
        Timer.builder("theogen.jobs.stage")
                .description("Time to run one stage of a job (stages restored from a checkpoint are not timed)")
                .tag("kind", kind)
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }

    private static double query(JdbcTemplate jdbc, String sql) {
        try {
            Number value = jdbc.queryForObject(sql, Number.class);
            return value == null ? 0 : value.doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
