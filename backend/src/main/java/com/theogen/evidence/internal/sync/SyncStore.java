package com.theogen.evidence.internal.sync;

import com.theogen.evidence.IndexProgress;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code evidence_sync} table: per interview, whether its fragments are in the evidence stores. Writes made
 * while a transaction is active join it (the listeners record state in the transaction that stores or deletes
 * the interview); the workers' writes commit on their own.
 *
 * <p>States: {@code pending} (stored, not indexed yet), {@code indexing} (a worker claimed it), {@code indexed},
 * {@code failed} (retried with a growing delay up to the configured attempts), {@code deleting} (the interview
 * or its project is gone; its points and nodes are not yet).
 */
public class SyncStore implements IndexProgress {

    /** One row. */
    public record Row(UUID interviewId, UUID projectId, String state, int attempts, String lastError) {}

    static final int MAX_ERROR = 500;

    private final JdbcTemplate jdbc;

    public SyncStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void markPending(UUID interviewId, UUID projectId) {
        jdbc.update(
                "INSERT INTO evidence_sync (interview_id, project_id, state, attempts, updated_at)"
                        + " VALUES (?, ?, 'pending', 0, now())"
                        + " ON CONFLICT (interview_id) DO UPDATE SET state = 'pending', attempts = 0,"
                        + " last_error = NULL, updated_at = now()",
                interviewId,
                projectId);
    }

    public void markDeleting(UUID interviewId, UUID projectId) {
        jdbc.update(
                "INSERT INTO evidence_sync (interview_id, project_id, state, attempts, updated_at)"
                        + " VALUES (?, ?, 'deleting', 0, now())"
                        + " ON CONFLICT (interview_id) DO UPDATE SET state = 'deleting', attempts = 0,"
                        + " last_error = NULL, updated_at = now()",
                interviewId,
                projectId);
    }

    public void markProjectDeleting(UUID projectId) {
        jdbc.update(
                "UPDATE evidence_sync SET state = 'deleting', attempts = 0, last_error = NULL, updated_at = now()"
                        + " WHERE project_id = ?",
                projectId);
    }

    /** Claims an interview for indexing; {@code false} when it is indexed, being deleted or unknown. */
    public boolean claim(UUID interviewId) {
        return jdbc.update(
                        "UPDATE evidence_sync SET state = 'indexing', attempts = attempts + 1, updated_at = now()"
                                + " WHERE interview_id = ? AND state IN ('pending', 'failed', 'indexing')",
                        interviewId)
                == 1;
    }

    /** Only an interview still claimed becomes indexed: one deleted meanwhile stays {@code deleting}. */
    public void markIndexed(UUID interviewId) {
        jdbc.update(
                "UPDATE evidence_sync SET state = 'indexed', last_error = NULL, updated_at = now()"
                        + " WHERE interview_id = ? AND state = 'indexing'",
                interviewId);
    }

    public void markFailed(UUID interviewId, String error) {
        jdbc.update(
                "UPDATE evidence_sync SET state = 'failed', last_error = ?, updated_at = now()"
                        + " WHERE interview_id = ? AND state = 'indexing'",
                truncate(error),
                interviewId);
    }

    /** A removal that failed: the reconciler tries again later. */
    public void deleteFailed(UUID interviewId, String error) {
        jdbc.update(
                "UPDATE evidence_sync SET attempts = attempts + 1, last_error = ?, updated_at = now()"
                        + " WHERE interview_id = ? AND state = 'deleting'",
                truncate(error),
                interviewId);
    }

    /** Forgets an interview whose points and nodes are gone. */
    public void removeDeleted(UUID interviewId) {
        jdbc.update("DELETE FROM evidence_sync WHERE interview_id = ? AND state = 'deleting'", interviewId);
    }

    /** Forgets a project whose points and nodes are gone. */
    public void removeDeletedProject(UUID projectId) {
        jdbc.update("DELETE FROM evidence_sync WHERE project_id = ? AND state = 'deleting'", projectId);
    }

    /** Forgets an interview that no longer exists, whatever its state. */
    public void forget(UUID interviewId) {
        jdbc.update("DELETE FROM evidence_sync WHERE interview_id = ?", interviewId);
    }

    /** After a resync: the given interviews are indexed (unless deleted meanwhile). */
    public void markIndexed(UUID projectId, Collection<UUID> interviewIds) {
        for (UUID interviewId : interviewIds) {
            jdbc.update(
                    "INSERT INTO evidence_sync (interview_id, project_id, state, attempts, updated_at)"
                            + " VALUES (?, ?, 'indexed', 0, now())"
                            + " ON CONFLICT (interview_id) DO UPDATE SET state = 'indexed', attempts = 0,"
                            + " last_error = NULL, updated_at = now() WHERE evidence_sync.state <> 'deleting'",
                    interviewId,
                    projectId);
        }
    }

    /** Every interview not being deleted is indexed again, starting now (the index was recreated empty). */
    public int requeueAll() {
        return jdbc.update("UPDATE evidence_sync SET state = 'pending', attempts = 0, last_error = NULL,"
                + " updated_at = timestamp with time zone 'epoch' WHERE state <> 'deleting'");
    }

    /**
     * Rows the reconciler should retry: pending ones untouched for {@code retryAfter}, failed ones untouched for
     * {@code retryAfter} times their attempts (while attempts remain), claimed ones untouched for {@code
     * staleAfter} (their worker died) and deletions untouched for {@code retryAfter}. Oldest first.
     */
    public List<Row> due(Duration retryAfter, Duration staleAfter, int maxAttempts, int limit) {
        double retry = retryAfter.toMillis() / 1000.0;
        double stale = staleAfter.toMillis() / 1000.0;
        return jdbc.query(
                "SELECT interview_id, project_id, state, attempts, last_error FROM evidence_sync WHERE"
                        + " (state IN ('pending', 'deleting') AND updated_at < now() - make_interval(secs => ?))"
                        + " OR (state = 'failed' AND attempts < ?"
                        + "     AND updated_at < now() - make_interval(secs => ? * greatest(attempts, 1)))"
                        + " OR (state = 'indexing' AND updated_at < now() - make_interval(secs => ?))"
                        + " ORDER BY updated_at LIMIT ?",
                (rs, i) -> row(rs),
                retry,
                maxAttempts,
                retry,
                stale,
                limit);
    }

    /** The reconciler handed these rows to the worker: not due again before the retry delay. */
    public void touch(Collection<UUID> interviewIds) {
        for (UUID interviewId : interviewIds) {
            jdbc.update("UPDATE evidence_sync SET updated_at = now() WHERE interview_id = ?", interviewId);
        }
    }

    @Override
    public Map<UUID, String> states(UUID projectId) {
        Map<UUID, String> states = new HashMap<>();
        jdbc.query(
                "SELECT interview_id, state FROM evidence_sync WHERE project_id = ?",
                rs -> {
                    states.put(rs.getObject(1, UUID.class), rs.getString(2));
                },
                projectId);
        return states;
    }

    public Optional<Row> find(UUID interviewId) {
        return jdbc
                .query(
                        "SELECT interview_id, project_id, state, attempts, last_error FROM evidence_sync"
                                + " WHERE interview_id = ?",
                        (rs, i) -> row(rs),
                        interviewId)
                .stream()
                .findFirst();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getObject("interview_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("state"),
                rs.getInt("attempts"),
                rs.getString("last_error"));
    }

    /** What a failed row records of an exception: its class and message (cut to size on writing). */
    static String describe(RuntimeException error) {
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
