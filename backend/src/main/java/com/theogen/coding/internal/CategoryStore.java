package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot.CategoryRelation;
import com.theogen.coding.CodingSnapshot.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Categories and the typed relations between them. */
@Repository
class CategoryStore {

    /** {@code humanEdited}: a researcher created, renamed or redefined it; grouping keeps it as it is. */
    record CategoryRow(
            UUID id,
            UUID projectId,
            String name,
            String definition,
            Origin origin,
            boolean humanEdited,
            Instant createdAt,
            Instant updatedAt) {}

    private static final String COLUMNS =
            "id, project_id, name, definition, origin, human_edited, created_at, updated_at";

    private final JdbcTemplate jdbc;

    CategoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CategoryRow> categories(UUID projectId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM categories WHERE project_id = ? ORDER BY lower(name), id",
                CategoryStore::row,
                projectId);
    }

    Optional<CategoryRow> category(UUID categoryId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM categories WHERE id = ?", CategoryStore::row, categoryId)
                .stream()
                .findFirst();
    }

    Optional<CategoryRow> byName(UUID projectId, String name) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM categories WHERE project_id = ? AND lower(name) = lower(?)",
                        CategoryStore::row,
                        projectId,
                        name)
                .stream()
                .findFirst();
    }

    CategoryRow insert(UUID projectId, String name, String definition, Origin origin, boolean humanEdited) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO categories (id, project_id, name, definition, origin, human_edited, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                projectId,
                name,
                definition == null ? "" : definition,
                origin.code(),
                humanEdited,
                now,
                now);
        return category(id).orElseThrow();
    }

    void update(UUID categoryId, String name, String definition) {
        jdbc.update(
                "UPDATE categories SET name = ?, definition = ?, human_edited = true, updated_at = now() WHERE id = ?",
                name,
                definition,
                categoryId);
    }

    /** Deletes the category; its codes become ungrouped and unpinned, its relations go with it. */
    void delete(UUID categoryId) {
        jdbc.update(
                "UPDATE codes SET category_id = NULL, category_pinned = false, updated_at = now() WHERE category_id = ?",
                categoryId);
        jdbc.update("DELETE FROM categories WHERE id = ?", categoryId);
    }

    List<CategoryRelation> relations(UUID projectId) {
        return jdbc.query(
                "SELECT r.from_category_id, r.to_category_id, r.type, r.origin FROM category_relations r"
                        + " JOIN categories f ON f.id = r.from_category_id JOIN categories t ON t.id = r.to_category_id"
                        + " WHERE r.project_id = ? ORDER BY lower(f.name), lower(t.name), r.type",
                (rs, i) -> new CategoryRelation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        Origin.fromCode(rs.getString(4))),
                projectId);
    }

    /** Stores a relation unless it exists; returns whether it was new. */
    boolean insertRelation(UUID projectId, UUID from, UUID to, String type, Origin origin) {
        return jdbc.update(
                        "INSERT INTO category_relations (id, project_id, from_category_id, to_category_id, type, origin,"
                                + " created_at) VALUES (?, ?, ?, ?, ?, ?, now())"
                                + " ON CONFLICT (from_category_id, to_category_id, type) DO NOTHING",
                        UUID.randomUUID(),
                        projectId,
                        from,
                        to,
                        type,
                        origin.code())
                > 0;
    }

    private static CategoryRow row(ResultSet rs, int i) throws SQLException {
        return new CategoryRow(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("name"),
                rs.getString("definition"),
                Origin.fromCode(rs.getString("origin")),
                rs.getBoolean("human_edited"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
