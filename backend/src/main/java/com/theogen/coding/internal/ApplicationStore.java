package com.theogen.coding.internal;

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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Code applications, in SQL (bulk inserts collapse duplicates in place); codes are in {@link CodeStore}, review
 * marks in {@link ReviewMarks}.
 */
@Repository
class ApplicationStore {

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
            UUID coderId) {

        /** The same application in the layer of {@code coderId}, with {@code origin}. */
        NewApplication inLayer(Origin origin, UUID coderId) {
            return new NewApplication(codeId, fragmentId, interviewId, quote, start, end, confidence, origin, coderId);
        }
    }

    private static final String APPLICATION_COLUMNS =
            "a.id, a.code_id, a.fragment_id, a.interview_id, a.quote, a.quote_start, a.quote_end, a.confidence, a.origin,"
                    + " a.coder_id";
    /** Leaves out applications a reviewer rejected (docs/adr/031): they are not coding. */
    static final String NOT_REJECTED = " AND a.review_state <> 'rejected'";
    /** Matches an application {@code a} made by a machine coder. */
    private static final String MACHINE = "EXISTS (SELECT 1 FROM coders k WHERE k.project_id = a.project_id"
            + " AND k.id = a.coder_id AND k.kind IN ('ai', 'offline'))";

    private static final String PENDING = " AND a.review_state = 'pending'";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ApplicationStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * Restricts applications {@code a} to the layers of {@code coders}, bound in {@code params} as {@code coders}:
     * {@code " AND a.coder_id IN (:coders)"}, or "" (every coder's layer) when {@code coders} is null or empty.
     */
    static String inLayers(Collection<UUID> coders, MapSqlParameterSource params) {
        if (coders == null || coders.isEmpty()) {
            return "";
        }
        params.addValue("coders", coders);
        return " AND a.coder_id IN (:coders)";
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
                "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a" + FragmentView.JOIN
                        + " WHERE a.project_id = ?" + NOT_REJECTED
                        + " ORDER BY " + FragmentView.TRANSCRIPT_ORDER + ", a.quote_start, a.id",
                ApplicationStore::application,
                projectId);
    }

    Optional<Application> application(UUID applicationId) {
        return jdbc
                .query(
                        "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a WHERE a.id = ?",
                        ApplicationStore::application,
                        applicationId)
                .stream()
                .findFirst();
    }

    Optional<Application> applicationAt(UUID codeId, UUID fragmentId, int start, int end, UUID coderId) {
        return jdbc
                .query(
                        "SELECT " + APPLICATION_COLUMNS + " FROM code_applications a WHERE a.code_id = ?"
                                + " AND a.fragment_id = ? AND a.quote_start = ? AND a.quote_end = ? AND a.coder_id = ?",
                        ApplicationStore::application,
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
}
