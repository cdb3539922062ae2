package com.theogen.project.internal;

import com.theogen.project.ProjectRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code project_members} table: who is in which project, in which role. */
@Component
class MemberStore {

    /** One membership; {@code addedBy} is null for creators and for owners migrated from before members. */
    record MemberRow(UUID projectId, UUID userId, ProjectRole role, Instant addedAt, UUID addedBy) {}

    /** Owner first, then coders, then viewers; within a role in joining order. */
    private static final String ORDER =
            " ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'coder' THEN 1 ELSE 2 END, added_at, user_id";

    private static final String COLUMNS = "SELECT project_id, user_id, role, added_at, added_by FROM project_members";

    private final JdbcTemplate jdbc;

    MemberStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID projectId, UUID userId, ProjectRole role, UUID addedBy) {
        jdbc.update(
                "INSERT INTO project_members (project_id, user_id, role, added_at, added_by) VALUES (?, ?, ?, now(), ?)",
                projectId,
                userId,
                role.code(),
                addedBy);
    }

    Optional<ProjectRole> role(UUID projectId, UUID userId) {
        return jdbc
                .query(
                        "SELECT role FROM project_members WHERE project_id = ? AND user_id = ?",
                        (rs, i) -> ProjectRole.fromCode(rs.getString("role")),
                        projectId,
                        userId)
                .stream()
                .findFirst();
    }

    /**
     * Locks the project's row until the transaction ends, so that changes to its members (and ownership) happen one
     * after the other. {@code NO KEY UPDATE} leaves rows that reference the project (uploads, codes) unblocked.
     *
     * @return whether the project exists
     */
    boolean lockProject(UUID projectId) {
        return !jdbc.queryForList("SELECT id FROM projects WHERE id = ? FOR NO KEY UPDATE", UUID.class, projectId)
                .isEmpty();
    }

    Optional<MemberRow> find(UUID projectId, UUID userId) {
        return jdbc
                .query(COLUMNS + " WHERE project_id = ? AND user_id = ?", MemberStore::row, projectId, userId)
                .stream()
                .findFirst();
    }

    List<MemberRow> members(UUID projectId) {
        return jdbc.query(COLUMNS + " WHERE project_id = ?" + ORDER, MemberStore::row, projectId);
    }

    List<MemberRow> members(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(projectIds.size(), "?"));
        return jdbc.query(
                COLUMNS + " WHERE project_id IN (" + marks + ")" + ORDER, MemberStore::row, projectIds.toArray());
    }

    /** The user's memberships, newest project first. */
    List<MemberRow> memberships(UUID userId, long offset, int limit) {
        return jdbc.query(
                "SELECT m.project_id, m.user_id, m.role, m.added_at, m.added_by FROM project_members m "
                        + "JOIN projects p ON p.id = m.project_id WHERE m.user_id = ? "
                        + "ORDER BY p.created_at DESC, p.id DESC OFFSET ? LIMIT ?",
                MemberStore::row,
                userId,
                offset,
                limit);
    }

    long countMemberships(UUID userId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM project_members WHERE user_id = ?", Long.class, userId);
        return count == null ? 0 : count;
    }

    void setRole(UUID projectId, UUID userId, ProjectRole role) {
        jdbc.update(
                "UPDATE project_members SET role = ? WHERE project_id = ? AND user_id = ?",
                role.code(),
                projectId,
                userId);
    }

    void delete(UUID projectId, UUID userId) {
        jdbc.update("DELETE FROM project_members WHERE project_id = ? AND user_id = ?", projectId, userId);
    }

    private static MemberRow row(ResultSet rs, int i) throws SQLException {
        return new MemberRow(
                rs.getObject("project_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                ProjectRole.fromCode(rs.getString("role")),
                rs.getTimestamp("added_at").toInstant(),
                rs.getObject("added_by", UUID.class));
    }
}
