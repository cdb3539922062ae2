package com.theogen.coding.internal;

import com.theogen.coding.Coder;
import com.theogen.coding.CoderError;
import com.theogen.coding.CoderKind;
import com.theogen.security.Accounts;
import com.theogen.shared.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The coders of each project (docs/adr/020). A coder is found by its key and created the first time it codes, so
 * every caller names a coder by what it is (this user, this model, the offline analyst, that imported person)
 * and never has to create one first.
 */
@Repository
class CoderStore {

    static final String OFFLINE_KEY = "offline";
    static final String OFFLINE_NAME = "Offline analyst";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Accounts accounts;

    CoderStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Accounts accounts) {
        this.jdbc = jdbc;
        this.named = named;
        this.accounts = accounts;
    }

    /** The member's coder in the project; its name follows the account's display name. */
    Coder user(UUID projectId, UUID userId) {
        String name =
                accounts.describe(userId).map(Accounts.AccountView::displayName).orElse("Member");
        Coder coder = ensure(projectId, userId, CoderKind.USER, "user:" + userId, name);
        if (!coder.displayName().equals(clip(name))) {
            jdbc.update(
                    "UPDATE coders SET display_name = ? WHERE project_id = ? AND id = ?",
                    clip(name),
                    projectId,
                    userId);
            return new Coder(coder.id(), coder.kind(), coder.key(), clip(name));
        }
        return coder;
    }

    /** The offline analyst's coder in the project. */
    Coder offline(UUID projectId) {
        return ensure(projectId, UUID.randomUUID(), CoderKind.OFFLINE, OFFLINE_KEY, OFFLINE_NAME);
    }

    /** A model's coder, keyed {@code ai:<provider>/<model>}. */
    Coder model(UUID projectId, String provider, String model) {
        String key = "ai:" + provider + "/" + model;
        return ensure(projectId, UUID.randomUUID(), CoderKind.AI, key, key);
    }

    /** A person named in an imported file, found again by the id the file gives them. */
    Coder imported(UUID projectId, String externalId, String name) {
        String display = name == null || name.isBlank() ? "Imported coder " + externalId : name.strip();
        return ensure(projectId, UUID.randomUUID(), CoderKind.IMPORTED, "imported:" + externalId, display);
    }

    List<Coder> coders(UUID projectId) {
        return jdbc.query(
                "SELECT id, kind, key, display_name FROM coders WHERE project_id = ?"
                        + " ORDER BY CASE kind WHEN 'user' THEN 0 WHEN 'imported' THEN 1 WHEN 'ai' THEN 2 ELSE 3 END,"
                        + " lower(display_name), id",
                CoderStore::row,
                projectId);
    }

    /**
     * Checks that every id names a coder of the project.
     *
     * @throws DomainException {@link CoderError#UNKNOWN_CODER} naming the first that does not
     */
    void requireKnown(UUID projectId, Collection<UUID> coderIds) {
        if (coderIds == null || coderIds.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(named.queryForList(
                "SELECT id FROM coders WHERE project_id = :project AND id IN (:ids)",
                new MapSqlParameterSource("project", projectId).addValue("ids", coderIds),
                UUID.class));
        for (UUID id : coderIds) {
            if (!known.contains(id)) {
                throw new DomainException(
                        CoderError.UNKNOWN_CODER,
                        "coder " + id + " is not a coder of this project (GET /api/projects/{id}/coders lists them)",
                        Map.of("coder", id.toString()));
            }
        }
    }

    private Coder ensure(UUID projectId, UUID newId, CoderKind kind, String key, String displayName) {
        jdbc.update(
                "INSERT INTO coders (project_id, id, kind, key, display_name, created_at) VALUES (?, ?, ?, ?, ?, now())"
                        + " ON CONFLICT DO NOTHING",
                projectId,
                newId,
                kind.code(),
                clip(key),
                clip(displayName));
        return jdbc.queryForObject(
                "SELECT id, kind, key, display_name FROM coders WHERE project_id = ? AND key = ?",
                CoderStore::row,
                projectId,
                clip(key));
    }

    private static String clip(String text) {
        String clean = text.replaceAll("\\s+", " ").strip();
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    private static Coder row(ResultSet rs, int i) throws SQLException {
        return new Coder(
                rs.getObject("id", UUID.class),
                CoderKind.fromCode(rs.getString("kind")),
                rs.getString("key"),
                rs.getString("display_name"));
    }
}
