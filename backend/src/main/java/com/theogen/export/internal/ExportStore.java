package com.theogen.export.internal;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code exports} with conditional updates: a row is claimed by inserting it (the unique index on theory and
 * format lets exactly one request win), and leaves {@code pending} only once.
 */
@Repository
class ExportStore {

    private static final String COLUMNS = "id, project_id, requested_by, theory_id, theory_version, format, status, "
            + "via, task_id, file_name, file_path, size_bytes, sha256, error_code, error_message, created_at, "
            + "updated_at";

    private final JdbcTemplate jdbc;

    ExportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a pending row unless the theory already has one in that format; true when this call inserted. */
    boolean claim(
            UUID id,
            UUID projectId,
            UUID userId,
            UUID theoryId,
            int version,
            ExportFormat format,
            String via,
            String fileName) {
        return jdbc.update(
                        "INSERT INTO exports (id, project_id, requested_by, theory_id, theory_version, format, status, "
                                + "via, file_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, "
                                + "now(), now()) ON CONFLICT (theory_id, format) DO NOTHING",
                        id,
                        projectId,
                        userId,
                        theoryId,
                        version,
                        format.extension(),
                        via,
                        fileName)
                == 1;
    }

    Optional<ExportRow> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM exports WHERE id = ?", id);
    }

    Optional<ExportRow> findInProject(UUID projectId, UUID id) {
        return one("SELECT " + COLUMNS + " FROM exports WHERE project_id = ? AND id = ?", projectId, id);
    }

    Optional<ExportRow> findByTheory(UUID theoryId, ExportFormat format) {
        return one(
                "SELECT " + COLUMNS + " FROM exports WHERE theory_id = ? AND format = ?", theoryId, format.extension());
    }

    List<ExportRow> list(UUID projectId, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM exports WHERE project_id = ? ORDER BY created_at DESC, id LIMIT ?",
                ExportStore::map,
                projectId,
                limit);
    }

    /** Pending exports last touched before {@code before}, oldest first. */
    List<ExportRow> pendingSince(Instant before, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM exports WHERE status = 'pending' AND updated_at < ? "
                        + "ORDER BY updated_at LIMIT ?",
                ExportStore::map,
                Timestamp.from(before),
                limit);
    }

    boolean exists(UUID id) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM exports WHERE id = ?)", Boolean.class, id));
    }

    void setTask(UUID id, UUID taskId) {
        jdbc.update(
                "UPDATE exports SET task_id = ?, updated_at = now() WHERE id = ? AND status = 'pending'", taskId, id);
    }

    boolean markReady(UUID id, String filePath, long size, String sha256) {
        return jdbc.update(
                        "UPDATE exports SET status = 'ready', file_path = ?, size_bytes = ?, sha256 = ?, "
                                + "error_code = NULL, error_message = NULL, updated_at = now() "
                                + "WHERE id = ? AND status = 'pending'",
                        filePath,
                        size,
                        sha256,
                        id)
                == 1;
    }

    boolean markFailed(UUID id, String errorCode, String message) {
        return jdbc.update(
                        "UPDATE exports SET status = 'failed', error_code = ?, error_message = ?, updated_at = now() "
                                + "WHERE id = ? AND status = 'pending'",
                        errorCode,
                        message,
                        id)
                == 1;
    }

    /** Deletes the row if it still has {@code status}; true when it did. */
    boolean deleteIf(UUID id, ExportStatus status) {
        return jdbc.update("DELETE FROM exports WHERE id = ? AND status = ?", id, status.code()) == 1;
    }

    private Optional<ExportRow> one(String sql, Object... args) {
        return jdbc.query(sql, ExportStore::map, args).stream().findFirst();
    }

    private static ExportRow map(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("size_bytes");
        boolean noSize = rs.wasNull();
        return new ExportRow(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getObject("requested_by", UUID.class),
                rs.getObject("theory_id", UUID.class),
                rs.getInt("theory_version"),
                ExportFormat.fromCode(rs.getString("format")),
                ExportStatus.fromCode(rs.getString("status")),
                rs.getString("via"),
                rs.getObject("task_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("file_path"),
                noSize ? null : size,
                rs.getString("sha256"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
