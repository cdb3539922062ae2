package com.theogen.job.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.job.JobError;
import com.theogen.job.JobRequest;
import com.theogen.job.JobResult;
import com.theogen.job.JobStatus;
import com.theogen.job.JobView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code job_runs} with conditional updates: every state transition names the state it starts from, so
 * concurrent replicas and requests can never move a job backwards.
 */
@Repository
class JobRunRepository {

    /**
     * What a status read needs: everything but the parameters and the stage checkpoints. The checkpoints of a
     * theory run weigh tens of kilobytes and no status shows them, so status polls never load or parse them.
     */
    private static final String VIEW_COLUMNS = "id, project_id, owner_id, kind, status, step, progress, error_code, "
            + "error_message, attempt, degraded, step_log, result_id, outcome, warning_code, created_at, updated_at, "
            + "started_at, finished_at";

    /** What a worker needs: the status columns and the job's parameters (never its checkpoints). */
    private static final String COLUMNS = VIEW_COLUMNS + ", params";

    private static final TypeReference<List<JobView.StepEntry>> STEP_LOG = new TypeReference<>() {};
    private static final TypeReference<Map<String, Integer>> OUTCOME = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    JobRunRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the job is exclusive and the project already has
     *     an active exclusive job
     */
    void insertPending(UUID id, JobRequest request, boolean exclusive) {
        jdbc.update(
                "INSERT INTO job_runs (id, project_id, owner_id, kind, status, exclusive, params, checkpoints, "
                        + "step_log, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'pending', ?, ?::jsonb, '{}'::jsonb, '[]'::jsonb, now(), now())",
                id,
                request.projectId(),
                request.ownerId(),
                request.kind(),
                exclusive,
                write(request.params()));
    }

    Optional<JobRecord> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM job_runs WHERE id = ?", this::map, id).stream()
                .findFirst();
    }

    Optional<JobView> findView(UUID id) {
        return firstView("id = ?", id);
    }

    Optional<JobView> findInProject(UUID projectId, UUID id) {
        return firstView("id = ? AND project_id = ?", id, projectId);
    }

    /** The project's active exclusive job: the one holding its lock. */
    Optional<JobView> findActive(UUID projectId) {
        return firstView("project_id = ? AND status IN ('pending', 'running') AND exclusive", projectId);
    }

    List<JobView> recent(UUID projectId, int limit) {
        return views("project_id = ? ORDER BY created_at DESC, id LIMIT ?", projectId, limit);
    }

    /** Active jobs not updated since {@code before}, oldest first. */
    List<JobView> staleActive(Instant before, int limit) {
        return views(
                "status IN ('pending', 'running') AND updated_at < ? ORDER BY updated_at LIMIT ?",
                Timestamp.from(before),
                limit);
    }

    /** The views of the jobs that meet {@code condition}: what follows {@code WHERE}, with any order and limit. */
    private List<JobView> views(String condition, Object... args) {
        return jdbc.query("SELECT " + VIEW_COLUMNS + " FROM job_runs WHERE " + condition, this::mapView, args);
    }

    private Optional<JobView> firstView(String condition, Object... args) {
        return views(condition, args).stream().findFirst();
    }

    /** The stored output of one stage of the job, as JSON text; empty when the stage has none. */
    Optional<String> checkpoint(UUID id, String step) {
        return jdbc
                .query(
                        "SELECT checkpoints -> ? AS output FROM job_runs WHERE id = ?",
                        (rs, row) -> rs.getString("output"),
                        step,
                        id)
                .stream()
                .filter(output -> output != null && !"null".equals(output))
                .findFirst();
    }

    /** Moves a pending or running job to running and counts the attempt; empty if it is no longer active. */
    Optional<Integer> startAttempt(UUID id) {
        List<Integer> attempts = jdbc.queryForList(
                "UPDATE job_runs SET status = 'running', attempt = attempt + 1, "
                        + "started_at = coalesce(started_at, now()), updated_at = now() "
                        + "WHERE id = ? AND status IN ('pending', 'running') RETURNING attempt",
                Integer.class,
                id);
        return attempts.stream().findFirst();
    }

    /** Records step and progress; progress never decreases. Returns false if the job is gone or finished. */
    boolean progress(UUID id, int attempt, String step, int percent, List<JobView.StepEntry> stepLog) {
        return jdbc.update(
                        "UPDATE job_runs SET step = ?, progress = greatest(progress, ?), step_log = ?::jsonb, "
                                + "updated_at = now() WHERE id = ? AND status = 'running' AND attempt = ?",
                        step,
                        Math.max(0, Math.min(100, percent)),
                        write(stepLog),
                        id,
                        attempt)
                == 1;
    }

    boolean saveCheckpoint(UUID id, int attempt, String step, Object output) {
        return jdbc.update(
                        "UPDATE job_runs SET checkpoints = jsonb_set(checkpoints, ARRAY[?::text], ?::jsonb), "
                                + "updated_at = now() WHERE id = ? AND status = 'running' AND attempt = ?",
                        step,
                        write(output),
                        id,
                        attempt)
                == 1;
    }

    void markDegraded(UUID id) {
        jdbc.update("UPDATE job_runs SET degraded = true, updated_at = now() WHERE id = ?", id);
    }

    /** What a worker must do before going on with {@code attempt} of the job. */
    WorkerSignal signal(UUID id, int attempt) {
        List<WorkerSignal> signals = jdbc.query(
                "SELECT status, cancel_requested, attempt FROM job_runs WHERE id = ?",
                (rs, row) -> {
                    if (rs.getInt("attempt") != attempt) {
                        return WorkerSignal.SUPERSEDED;
                    }
                    boolean stop = rs.getBoolean("cancel_requested") || !"running".equals(rs.getString("status"));
                    return stop ? WorkerSignal.CANCEL : WorkerSignal.CONTINUE;
                },
                id);
        return signals.isEmpty() ? WorkerSignal.CANCEL : signals.get(0);
    }

    enum WorkerSignal {
        CONTINUE,
        CANCEL,
        SUPERSEDED
    }

    boolean requestCancel(UUID id) {
        return jdbc.update(
                        "UPDATE job_runs SET cancel_requested = true, updated_at = now() WHERE id = ? AND status = 'running'",
                        id)
                == 1;
    }

    boolean cancelPending(UUID id) {
        return jdbc.update(
                        "UPDATE job_runs SET status = 'canceled', error_code = ?, error_message = 'The job was canceled', "
                                + "finished_at = now(), updated_at = now() WHERE id = ? AND status = 'pending'",
                        JobError.CANCELED.code(),
                        id)
                == 1;
    }

    boolean complete(UUID id, int attempt, JobResult result) {
        return jdbc.update(
                        "UPDATE job_runs SET status = 'completed', step = 'done', progress = 100, result_id = ?, "
                                + "degraded = degraded OR ?, outcome = ?::jsonb, warning_code = ?, finished_at = now(), "
                                + "updated_at = now() WHERE id = ? AND status = 'running' AND attempt = ?",
                        result.resultId(),
                        result.degraded(),
                        result.outcome().isEmpty() ? null : write(result.outcome()),
                        result.warning() == null ? null : result.warning().code(),
                        id,
                        attempt)
                == 1;
    }

    boolean finishAttempt(UUID id, int attempt, JobStatus status, String code, String message) {
        return jdbc.update(
                        "UPDATE job_runs SET status = ?, error_code = ?, error_message = ?, finished_at = now(), "
                                + "updated_at = now() WHERE id = ? AND status = 'running' AND attempt = ?",
                        status.code(),
                        code,
                        message,
                        id,
                        attempt)
                == 1;
    }

    /** Fails an active job whatever its state (pending or running). */
    boolean failActive(UUID id, JobError code, String message) {
        return jdbc.update(
                        "UPDATE job_runs SET status = 'failed', error_code = ?, error_message = ?, finished_at = now(), "
                                + "updated_at = now() WHERE id = ? AND status IN ('pending', 'running')",
                        code.code(),
                        message,
                        id)
                == 1;
    }

    <T> T readCheckpoint(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt job checkpoint: " + e.getOriginalMessage(), e);
        }
    }

    private JobRecord map(ResultSet rs, int row) throws SQLException {
        return new JobRecord(mapView(rs, row), read(rs.getString("params"), new TypeReference<>() {}));
    }

    private JobView mapView(ResultSet rs, int row) throws SQLException {
        return new JobView(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("kind"),
                JobStatus.fromCode(rs.getString("status")),
                rs.getString("step"),
                rs.getInt("progress"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getObject("result_id", UUID.class),
                rs.getBoolean("degraded"),
                rs.getInt("attempt"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                read(rs.getString("step_log"), STEP_LOG),
                outcome(rs),
                rs.getString("warning_code"));
    }

    private Map<String, Integer> outcome(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return outcome == null ? Map.of() : read(outcome, OUTCOME);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Job data is not JSON-serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt job data: " + e.getOriginalMessage(), e);
        }
    }
}
