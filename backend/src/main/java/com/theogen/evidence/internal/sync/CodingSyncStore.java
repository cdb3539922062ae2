package com.theogen.evidence.internal.sync;

import com.theogen.evidence.CodingChanged;
import com.theogen.project.Projects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code evidence_coding_sync} table: coding changes not yet pushed to the evidence stores (docs/adr/047). A
 * row is written in the transaction that changes the coding and deleted once a push covered it. Whether the
 * project still exists is asked of the project module ({@link Projects#ref}), not read from its table (docs/adr/061).
 */
public class CodingSyncStore {

    private final JdbcTemplate jdbc;
    private final Projects projects;

    public CodingSyncStore(JdbcTemplate jdbc, Projects projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    /**
     * Joins the surrounding transaction, so the row commits (or rolls back) with the change. A change in a project
     * that is gone records nothing (the row's foreign key would fail the change's transaction, and there is nothing
     * left to push).
     */
    public void record(CodingChanged change) {
        if (projects.ref(change.projectId()).isEmpty()) {
            return;
        }
        jdbc.update(
                "INSERT INTO evidence_coding_sync (change_id, project_id, attempts, updated_at)"
                        + " VALUES (?, ?, 0, now()) ON CONFLICT (change_id) DO NOTHING",
                change.changeId(),
                change.projectId());
    }

    /** The pushes that covered these changes succeeded. */
    public void done(Collection<UUID> changeIds) {
        jdbc.batchUpdate(
                "DELETE FROM evidence_coding_sync WHERE change_id = ?",
                changeIds.stream().map(id -> new Object[] {id}).toList());
    }

    /** A push of these changes failed: retried after {@code retryAfter} times the attempts made. */
    public void failed(Collection<UUID> changeIds, String error) {
        jdbc.batchUpdate(
                "UPDATE evidence_coding_sync SET attempts = attempts + 1, last_error = ?, updated_at = now()"
                        + " WHERE change_id = ?",
                changeIds.stream()
                        .map(id -> new Object[] {SyncStore.truncate(error), id})
                        .toList());
    }

    /**
     * Changes left behind, per project, oldest first: untouched for {@code retryAfter} times their attempts (at
     * least once), while attempts remain.
     */
    public Map<UUID, List<UUID>> due(Duration retryAfter, int maxAttempts, int limit) {
        Map<UUID, List<UUID>> byProject = new LinkedHashMap<>();
        jdbc.query(
                "SELECT change_id, project_id FROM evidence_coding_sync WHERE attempts < ?"
                        + " AND updated_at < now() - make_interval(secs => ? * greatest(attempts, 1))"
                        + " ORDER BY updated_at LIMIT ?",
                rs -> {
                    byProject
                            .computeIfAbsent(rs.getObject(2, UUID.class), p -> new ArrayList<>())
                            .add(rs.getObject(1, UUID.class));
                },
                maxAttempts,
                retryAfter.toMillis() / 1000.0,
                limit);
        return byProject;
    }
}
