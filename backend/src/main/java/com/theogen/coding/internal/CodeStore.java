package com.theogen.coding.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Codes and code applications, in SQL (bulk inserts collapse duplicates in place); review marks are in {@link ReviewMarks}. */
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

    /** An application to insert; a duplicate of (code, fragment, start, end, coder) is skipped. */
    record NewApplication(
            UUID codeId,
            UUID fragmentId,
            UUID interviewId,
            String quote,
            int start,
            int end,
            double confidence,
            Origin origin,
            UUID coderId) {}

    private static final String CODE_COLUMNS =
            "id, project_id, label, definition, origin, category_id, category_pinned,"
                    + " human_edited, aliases::text AS aliases, properties::text AS properties, created_at, updated_at";
    private static final String APPLICATION_COLUMNS =
            "a.id, a.code_id, a.fragment_id, a.interview_id, a.quote, a.quote_start, a.quote_end, a.confidence, a.origin,"
                    + " a.coder_id";
    /** Leaves out applications a reviewer rejected (docs/adr/031): they are not coding. */
    static final String NOT_REJECTED = " AND a.review_state <> 'rejected'";
    /** Matches an application {@code a} made by a machine coder. */
    private static final String MACHINE = "EXISTS (SELECT 1 FROM coders k WHERE k.project_id = a.project_id"
            + " AND k.id = a.coder_id AND k.kind IN ('ai', 'offline'))";

    private static final String PENDING = " AND a.review_state = 'pending'";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> PROPERTIES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json = new ObjectMapper();

    CodeStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    List<CodeRow> codes(UUID projectId) {
        return jdbc.query(
                "SELECT " + CODE_COLUMNS + " FROM codes WHERE project_id = ? ORDER BY lower(label), id",
                this::codeRow,
                projectId);
    }

    /** How often a code is applied, and one of its quotes (the earliest); codes without applications are absent. */
    record CodeUsage(int applications, String example) {}

    Map<UUID, CodeUsage> usage(UUID projectId) {
        Map<UUID, CodeUsage> out = new HashMap<>();
        jdbc.query(
                "SELECT code_id, count(*) AS uses, (array_agg(quote ORDER BY created_at, id))[1] AS example"
                        + " FROM code_applications a WHERE project_id = ?" + NOT_REJECTED + " GROUP BY code_id",
                rs -> {
                    out.put(
                            rs.getObject("code_id", UUID.class),
                            new CodeUsage(rs.getInt("uses"), rs.getString("example")));
                },
                projectId);
        return out;
    }

    Optional<CodeRow> code(UUID codeId) {
        return jdbc.query("SELECT " + CODE_COLUMNS + " FROM codes WHERE id = ?", this::codeRow, codeId).stream()
                .findFirst();
    }

    Optional<CodeRow> codeByLabel(UUID projectId, String label) {
        return jdbc
                .query(
                        "SELECT " + CODE_COLUMNS + " FROM codes WHERE project_id = ? AND lower(label) = lower(?)",
                        this::codeRow,
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
                propertiesJson(properties, dimensions),
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
                write(code.aliases()),
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
                                    read(rs.getString("examples"), STRINGS)));
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
                examples == null ? null : write(examples),
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

    /**
     * Inserts applications, skipping duplicates; returns how many were new. A machine coder's application starts
     * {@code pending} review, anyone else's {@code accepted} (docs/adr/031).
     */
    int insertApplications(UUID projectId, List<NewApplication> applications) {
        if (applications.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(Instant.now());
        int[][] counts = jdbc.batchUpdate(
                "INSERT INTO code_applications (id, project_id, code_id, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at, coder_id, review_state)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT CASE WHEN k.kind IN ('ai', 'offline')"
                        + " THEN 'pending' ELSE 'accepted' END FROM coders k WHERE k.project_id = ? AND k.id = ?))"
                        + " ON CONFLICT ON CONSTRAINT uk_code_applications_span DO NOTHING",
                applications,
                500,
                (ps, a) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, projectId);
                    ps.setObject(3, a.codeId());
                    ps.setObject(4, a.fragmentId());
                    ps.setObject(5, a.interviewId());
                    ps.setString(6, a.quote());
                    ps.setInt(7, a.start());
                    ps.setInt(8, a.end());
                    ps.setDouble(9, Math.max(0, Math.min(1, a.confidence())));
                    ps.setString(10, a.origin().code());
                    ps.setTimestamp(11, now);
                    ps.setObject(12, a.coderId());
                    ps.setObject(13, projectId);
                    ps.setObject(14, a.coderId());
                });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                inserted += Math.max(c, 0);
            }
        }
        return inserted;
    }

    /** Applications of a project a reviewer did not reject, by interview upload order, fragment ordinal, quote start. */
    List<Application> applications(UUID projectId) {
        return jdbc.query(
                "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a"
                        + " JOIN fragments f ON f.id = a.fragment_id JOIN interviews i ON i.id = a.interview_id"
                        + " WHERE a.project_id = ?" + NOT_REJECTED
                        + " ORDER BY i.created_at, i.id, f.ordinal, a.quote_start, a.id",
                CodeStore::application,
                projectId);
    }

    Optional<Application> application(UUID applicationId) {
        return jdbc
                .query(
                        "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a WHERE a.id = ?",
                        CodeStore::application,
                        applicationId)
                .stream()
                .findFirst();
    }

    Optional<Application> applicationAt(UUID codeId, UUID fragmentId, int start, int end, UUID coderId) {
        return jdbc
                .query(
                        "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a WHERE a.code_id = ?"
                                + " AND a.fragment_id = ? AND a.quote_start = ? AND a.quote_end = ? AND a.coder_id = ?",
                        CodeStore::application,
                        codeId,
                        fragmentId,
                        start,
                        end,
                        coderId)
                .stream()
                .findFirst();
    }

    void deleteApplication(UUID applicationId) {
        jdbc.update("DELETE FROM code_applications WHERE id = ?", applicationId);
    }

    /**
     * Removes the applications of machine coders (models and the offline analyst) on these fragments that still await
     * review; people's and imported coders' applications, and machine ones a reviewer accepted or rejected, stay
     * (docs/adr/031). Returns the codes they used.
     */
    Set<UUID> deleteMachineApplications(Collection<UUID> fragmentIds) {
        if (fragmentIds.isEmpty()) {
            return Set.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", fragmentIds);
        Set<UUID> codes = new HashSet<>(named.queryForList(
                "SELECT DISTINCT code_id FROM code_applications a WHERE fragment_id IN (:ids) AND " + MACHINE + PENDING,
                ids,
                UUID.class));
        named.update("DELETE FROM code_applications a WHERE fragment_id IN (:ids) AND " + MACHINE + PENDING, ids);
        return codes;
    }

    /**
     * Removes one coder's applications of these codes on these fragments that still await review (a codebook run
     * replacing its own proposals; reviewed ones stay).
     */
    void deleteCoderApplications(UUID coderId, Collection<UUID> codeIds, Collection<UUID> fragmentIds) {
        if (codeIds.isEmpty() || fragmentIds.isEmpty()) {
            return;
        }
        named.update(
                "DELETE FROM code_applications WHERE coder_id = :coder AND code_id IN (:codes)"
                        + " AND fragment_id IN (:fragments) AND review_state = 'pending'",
                new MapSqlParameterSource("coder", coderId)
                        .addValue("codes", codeIds)
                        .addValue("fragments", fragmentIds));
    }

    /** Moves every application of {@code from} onto {@code into}; duplicates collapse. Returns fragments touched. */
    List<UUID> moveApplications(UUID from, UUID into) {
        List<UUID> fragments = jdbc.queryForList(
                "SELECT DISTINCT fragment_id FROM code_applications WHERE code_id = ?", UUID.class, from);
        jdbc.update(
                "INSERT INTO code_applications (id, project_id, code_id, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at, coder_id, review_state, reviewed_by, reviewed_at)"
                        + " SELECT gen_random_uuid(), project_id, ?, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at, coder_id, review_state, reviewed_by, reviewed_at"
                        + " FROM code_applications WHERE code_id = ?"
                        + " ON CONFLICT ON CONSTRAINT uk_code_applications_span DO NOTHING",
                into,
                from);
        jdbc.update("DELETE FROM code_applications WHERE code_id = ?", from);
        return fragments;
    }

    List<UUID> fragmentsOfCode(UUID codeId) {
        return jdbc.queryForList(
                "SELECT DISTINCT fragment_id FROM code_applications WHERE code_id = ?", UUID.class, codeId);
    }

    List<UUID> fragmentsOfCodes(Collection<UUID> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        return named.queryForList(
                "SELECT DISTINCT fragment_id FROM code_applications WHERE code_id IN (:ids)",
                new MapSqlParameterSource("ids", codeIds),
                UUID.class);
    }

    private CodeRow codeRow(ResultSet rs, int row) throws SQLException {
        Map<String, List<String>> properties =
                rs.getString("properties") == null ? Map.of() : read(rs.getString("properties"), PROPERTIES);
        return new CodeRow(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("label"),
                rs.getString("definition"),
                Origin.fromCode(rs.getString("origin")),
                rs.getObject("category_id", UUID.class),
                rs.getBoolean("category_pinned"),
                rs.getBoolean("human_edited"),
                read(rs.getString("aliases"), STRINGS),
                properties.getOrDefault("properties", List.of()),
                properties.getOrDefault("dimensions", List.of()),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static Application application(ResultSet rs, int row) throws SQLException {
        return new Application(
                rs.getObject("id", UUID.class),
                rs.getObject("code_id", UUID.class),
                rs.getObject("fragment_id", UUID.class),
                rs.getObject("interview_id", UUID.class),
                rs.getString("quote"),
                rs.getInt("quote_start"),
                rs.getInt("quote_end"),
                rs.getDouble("confidence"),
                Origin.fromCode(rs.getString("origin")),
                rs.getObject("coder_id", UUID.class));
    }

    static RowMapper<Application> applicationMapper() {
        return CodeStore::application;
    }

    private String propertiesJson(List<String> properties, List<String> dimensions) {
        boolean none = (properties == null || properties.isEmpty()) && (dimensions == null || dimensions.isEmpty());
        return none
                ? null
                : write(Map.of(
                        "properties", properties == null ? List.of() : properties,
                        "dimensions", dimensions == null ? List.of() : dimensions));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
