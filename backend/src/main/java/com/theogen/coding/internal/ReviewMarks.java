package com.theogen.coding.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
 * What coverage reads, per coder layer: which fragments carry applications, and the review marks ({@code
 * examined} by a machine coder, {@code not_relevant} by a person), one per fragment and coder.
 */
@Repository
class ReviewMarks {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ReviewMarks(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * Fragments of the project that carry at least one application a reviewer did not reject (of these coders; all
     * when empty).
     */
    Set<UUID> codedFragments(UUID projectId, Collection<UUID> coders) {
        return new HashSet<>(named.queryForList(
                "SELECT DISTINCT fragment_id FROM code_applications WHERE project_id = :project"
                        + " AND review_state <> 'rejected'" + coderClause(coders),
                coderParams(projectId, coders),
                UUID.class));
    }

    Set<UUID> codedFragments(UUID projectId) {
        return codedFragments(projectId, List.of());
    }

    /**
     * Review marks of the project (of these coders; all when empty): fragment id to {@code examined} or
     * {@code not_relevant}; a fragment one coder judged not relevant is {@code not_relevant} whatever the others did.
     */
    Map<UUID, String> marks(UUID projectId, Collection<UUID> coders) {
        Map<UUID, String> marks = new java.util.HashMap<>();
        named.query(
                "SELECT fragment_id, state FROM fragment_coding_state WHERE project_id = :project"
                        + coderClause(coders),
                coderParams(projectId, coders),
                rs -> {
                    marks.merge(
                            rs.getObject(1, UUID.class), rs.getString(2), (a, b) -> "not_relevant".equals(a) ? a : b);
                });
        return marks;
    }

    Map<UUID, String> marks(UUID projectId) {
        return marks(projectId, List.of());
    }

    /** Records that the coder looked at these fragments; an existing mark of that coder is kept. */
    void markExamined(UUID projectId, UUID coderId, Map<UUID, UUID> fragmentToInterview) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        fragmentToInterview.forEach(
                (fragment, interview) -> rows.add(new Object[] {fragment, projectId, interview, now, coderId}));
        jdbc.batchUpdate(
                "INSERT INTO fragment_coding_state (fragment_id, project_id, interview_id, state, updated_at, coder_id)"
                        + " VALUES (?, ?, ?, 'examined', ?, ?) ON CONFLICT (fragment_id, coder_id) DO NOTHING",
                rows);
    }

    /** Removes every coder's "examined" mark from these fragments (only machine coders write that mark). */
    void clearExamined(Collection<UUID> fragmentIds) {
        if (fragmentIds.isEmpty()) {
            return;
        }
        named.update(
                "DELETE FROM fragment_coding_state WHERE state = 'examined' AND fragment_id IN (:ids)",
                new MapSqlParameterSource("ids", fragmentIds));
    }

    /**
     * Sets or clears the coder's not-relevant mark. Clearing also drops machine "examined" marks, so the fragment is
     * unexamined again unless it is coded or another person judged it.
     */
    void setNotRelevant(UUID projectId, UUID interviewId, UUID fragmentId, UUID coderId, boolean notRelevant) {
        if (notRelevant) {
            jdbc.update(
                    "INSERT INTO fragment_coding_state (fragment_id, project_id, interview_id, state, updated_at, coder_id)"
                            + " VALUES (?, ?, ?, 'not_relevant', now(), ?) ON CONFLICT (fragment_id, coder_id)"
                            + " DO UPDATE SET state = 'not_relevant', updated_at = now()",
                    fragmentId,
                    projectId,
                    interviewId,
                    coderId);
        } else {
            jdbc.update(
                    "DELETE FROM fragment_coding_state WHERE fragment_id = ? AND (coder_id = ? OR state = 'examined')",
                    fragmentId,
                    coderId);
        }
    }

    private static String coderClause(Collection<UUID> coders) {
        return coders == null || coders.isEmpty() ? "" : " AND coder_id IN (:coders)";
    }

    private static MapSqlParameterSource coderParams(UUID projectId, Collection<UUID> coders) {
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        if (coders != null && !coders.isEmpty()) {
            params.addValue("coders", coders);
        }
        return params;
    }
}
