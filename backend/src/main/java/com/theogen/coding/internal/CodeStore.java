package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Codes, their criteria and place in the hierarchy, in SQL; their applications are in {@link ApplicationStore}. */
@Repository
class CodeStore {

    /** A stored code. {@code aliases} are earlier labels (renames, merged codes), lower-cased. */
    record CodeRow(
            UUID id,
            UUID projectId,
            String label,
            String definition,
            Origin origin,
            UUID categoryId,
            boolean categoryPinned,
            boolean humanEdited,
            List<String> aliases,
            List<String> properties,
            List<String> dimensions,
            Instant createdAt,
            Instant updatedAt) {}

    /** What a codebook says about a code besides its definition; never null fields. */
    record Criteria(String inclusion, String exclusion, List<String> examples) {}

    private static final String CODE_COLUMNS =
            "id, project_id, label, definition, origin, category_id, category_pinned,"
                    + " human_edited, aliases::text AS aliases, properties::text AS properties, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CodeStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    List<CodeRow> codes(UUID projectId) {
        return jdbc.query(
                "SELECT " + CODE_COLUMNS + " FROM codes WHERE project_id = ? ORDER BY lower(label), id",
                CodeStore::codeRow,
                projectId);
    }

    Optional<CodeRow> code(UUID codeId) {
        return jdbc.query("SELECT " + CODE_COLUMNS + " FROM codes WHERE id = ?", CodeStore::codeRow, codeId).stream()
                .findFirst();
    }

    Optional<CodeRow> codeByLabel(UUID projectId, String label) {
        return jdbc
                .query(
                        "SELECT " + CODE_COLUMNS + " FROM codes WHERE project_id = ? AND lower(label) = lower(?)",
                        CodeStore::codeRow,
                        projectId,
                        label)
                .stream()
                .findFirst();
    }

    CodeRow insertCode(
            UUID projectId,
            String label,
            String definition,
            Origin origin,
            UUID categoryId,
            boolean humanEdited,
            List<String> properties,
            List<String> dimensions) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO codes (id, project_id, label, definition, origin, category_id, category_pinned,"
                        + " human_edited, aliases, properties, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]'::jsonb, ?::jsonb, ?, ?)",
                id,
                projectId,
                label,
                definition == null ? "" : definition,
                origin.code(),
                categoryId,
                categoryId != null && origin == Origin.HUMAN,
                humanEdited,
                CodeJson.properties(properties, dimensions),
                now,
                now);
        return code(id).orElseThrow();
    }

    void updateCode(CodeRow code) {
        jdbc.update(
                "UPDATE codes SET label = ?, definition = ?, category_id = ?, category_pinned = ?, human_edited = ?,"
                        + " aliases = ?::jsonb, updated_at = now() WHERE id = ?",
                code.label(),
                code.definition(),
                code.categoryId(),
                code.categoryPinned(),
                code.humanEdited(),
                CodeJson.write(code.aliases()),
                code.id());
    }

    /** The criteria of every code of a project, by code id. */
    Map<UUID, Criteria> criteria(UUID projectId) {
        Map<UUID, Criteria> result = new java.util.LinkedHashMap<>();
        jdbc.query(
                "SELECT id, inclusion_criteria, exclusion_criteria, examples::text AS examples FROM codes"
                        + " WHERE project_id = ?",
                rs -> {
                    result.put(
                            rs.getObject("id", UUID.class),
                            new Criteria(
                                    rs.getString("inclusion_criteria"),
                                    rs.getString("exclusion_criteria"),
                                    CodeJson.strings(rs.getString("examples"))));
                },
                projectId);
        return result;
    }

    /** Sets the non-null criteria of a code. */
    void setCriteria(UUID codeId, String inclusion, String exclusion, List<String> examples) {
        jdbc.update(
                "UPDATE codes SET inclusion_criteria = coalesce(?, inclusion_criteria),"
                        + " exclusion_criteria = coalesce(?, exclusion_criteria),"
                        + " examples = coalesce(?::jsonb, examples), updated_at = now() WHERE id = ?",
                inclusion,
                exclusion,
                examples == null ? null : CodeJson.write(examples),
                codeId);
    }

    /** Places a code in the code hierarchy and sets its colour ({@code #RRGGBB}, stored upper-case; null for none). */
    void setParentAndColor(UUID codeId, UUID parentId, String color) {
        jdbc.update(
                "UPDATE codes SET parent_id = ?, color = ? WHERE id = ?",
                parentId,
                color == null ? null : color.toUpperCase(java.util.Locale.ROOT),
                codeId);
    }

    /** Places a code under another (null: at the top) without touching its colour. */
    void setParent(UUID codeId, UUID parentId) {
        jdbc.update("UPDATE codes SET parent_id = ?, updated_at = now() WHERE id = ?", parentId, codeId);
    }

    /** Sets a code's colour ({@code #RRGGBB}, stored upper-case) without touching its place in the hierarchy. */
    void setColor(UUID codeId, String color) {
        jdbc.update(
                "UPDATE codes SET color = ?, updated_at = now() WHERE id = ?",
                color.toUpperCase(java.util.Locale.ROOT),
                codeId);
    }

    void deleteCode(UUID codeId) {
        jdbc.update("DELETE FROM codes WHERE id = ?", codeId);
    }

    /** Places codes in a category; {@code pinned} marks a human's placement. */
    void placeCodes(Collection<UUID> codeIds, UUID categoryId, boolean pinned) {
        if (codeIds.isEmpty()) {
            return;
        }
        named.update(
                "UPDATE codes SET category_id = :category, category_pinned = :pinned,"
                        + " human_edited = human_edited OR :pinned, updated_at = now() WHERE id IN (:ids)",
                new MapSqlParameterSource()
                        .addValue("category", categoryId)
                        .addValue("pinned", pinned)
                        .addValue("ids", codeIds));
    }

    /** Deletes AI/offline codes nobody edited that no longer have any application. */
    int deleteOrphanMachineCodes(UUID projectId) {
        return jdbc.update(
                "DELETE FROM codes c WHERE c.project_id = ? AND c.origin <> 'human' AND NOT c.human_edited"
                        + " AND NOT EXISTS (SELECT 1 FROM code_applications a WHERE a.code_id = c.id)",
                projectId);
    }

    private static CodeRow codeRow(ResultSet rs, int row) throws SQLException {
        CodeJson.Properties properties = CodeJson.properties(rs.getString("properties"));
        return new CodeRow(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("label"),
                rs.getString("definition"),
                Origin.fromCode(rs.getString("origin")),
                rs.getObject("category_id", UUID.class),
                rs.getBoolean("category_pinned"),
                rs.getBoolean("human_edited"),
                CodeJson.strings(rs.getString("aliases")),
                properties.properties(),
                properties.dimensions(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
