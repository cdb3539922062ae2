package com.theogen.coding.internal;

import com.theogen.coding.ApplicationReview.ReviewCounts;
import com.theogen.coding.ApplicationReview.ReviewItem;
import com.theogen.coding.ApplicationReview.ReviewQuery;
import com.theogen.coding.ApplicationReview.ReviewState;
import com.theogen.coding.CoderKind;
import com.theogen.coding.CodingSnapshot.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The review state of code applications (docs/adr/031), and the queue of machine coding to review. */
@Repository
class ReviewStore {

    /** What a review needs to know of an application before changing it. */
    record Target(
            UUID id,
            UUID projectId,
            UUID codeId,
            UUID fragmentId,
            UUID coderId,
            CoderKind coderKind,
            int start,
            int end,
            ReviewState state) {}

    private static final String TARGET = "SELECT a.id, a.project_id, a.code_id, a.fragment_id, a.coder_id, k.kind,"
            + " a.quote_start, a.quote_end, a.review_state FROM code_applications a"
            + " JOIN coders k ON k.project_id = a.project_id AND k.id = a.coder_id";
    private static final String QUEUE = " FROM code_applications a"
            + " JOIN coders k ON k.project_id = a.project_id AND k.id = a.coder_id AND k.kind IN ('ai', 'offline')"
            + " JOIN codes c ON c.id = a.code_id" + FragmentView.JOIN;
    private static final String ITEM = "SELECT a.id, a.code_id, c.label, c.color, a.fragment_id, a.interview_id,"
            + " f.participant, f.ordinal, f.speaker, f.text, a.quote, a.quote_start, a.quote_end, a.confidence,"
            + " a.origin, a.coder_id, k.display_name, k.kind, a.review_state, a.reviewed_at";

    private final NamedParameterJdbcTemplate named;

    ReviewStore(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    Optional<Target> target(UUID applicationId) {
        return targets(List.of(applicationId)).stream().findFirst();
    }

    List<Target> targets(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return named.query(
                TARGET + " WHERE a.id IN (:ids)",
                new MapSqlParameterSource("ids", applicationIds),
                (rs, i) -> new Target(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getObject("code_id", UUID.class),
                        rs.getObject("fragment_id", UUID.class),
                        rs.getObject("coder_id", UUID.class),
                        CoderKind.fromCode(rs.getString("kind")),
                        rs.getInt("quote_start"),
                        rs.getInt("quote_end"),
                        ReviewState.fromCode(rs.getString("review_state"))));
    }

    /** One page of the project's machine applications under the query's filters, in transcript order. */
    Page<ReviewItem> queue(UUID projectId, ReviewQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filters(projectId, query, params);
        if (query.state() != null) {
            where += " AND a.review_state = :state";
            params.addValue("state", query.state().code());
        }
        long total = named.queryForObject("SELECT count(*)" + QUEUE + where, params, Long.class);
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<ReviewItem> items = named.query(
                ITEM + QUEUE + where + " ORDER BY " + FragmentView.TRANSCRIPT_ORDER
                        + ", a.quote_start, a.id LIMIT :limit OFFSET :offset",
                params,
                ReviewStore::item);
        return new PageImpl<>(items, PageRequest.of(query.page(), query.size()), total);
    }

    /** Counts per state under the query's filters (its state filter aside). */
    ReviewCounts counts(UUID projectId, ReviewQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filters(projectId, query, params);
        Map<ReviewState, Long> counts = new EnumMap<>(ReviewState.class);
        named.query("SELECT a.review_state, count(*) AS n" + QUEUE + where + " GROUP BY a.review_state", params, rs -> {
            counts.put(ReviewState.fromCode(rs.getString("review_state")), rs.getLong("n"));
        });
        return new ReviewCounts(
                counts.getOrDefault(ReviewState.PENDING, 0L),
                counts.getOrDefault(ReviewState.ACCEPTED, 0L),
                counts.getOrDefault(ReviewState.REJECTED, 0L));
    }

    ReviewItem item(UUID applicationId) {
        return named.query(
                        ITEM + QUEUE + " WHERE a.id = :id",
                        new MapSqlParameterSource("id", applicationId),
                        ReviewStore::item)
                .get(0);
    }

    /** Sets the state; a decided state records who decided and when, {@code pending} clears both. */
    void setState(UUID applicationId, ReviewState state, UUID reviewer) {
        named.update(
                "UPDATE code_applications SET review_state = :state, reviewed_by = :by, reviewed_at = :at WHERE id = :id",
                decision(state, reviewer).addValue("id", applicationId));
    }

    /** Moves an application to another code and/or span (the quote is the fragment's text there) and sets its state. */
    void move(UUID applicationId, UUID codeId, int start, int end, String quote, ReviewState state, UUID reviewer) {
        named.update(
                "UPDATE code_applications SET code_id = :code, quote_start = :start, quote_end = :end, quote = :quote,"
                        + " review_state = :state, reviewed_by = :by, reviewed_at = :at WHERE id = :id",
                decision(state, reviewer)
                        .addValue("id", applicationId)
                        .addValue("code", codeId)
                        .addValue("start", start)
                        .addValue("end", end)
                        .addValue("quote", quote));
    }

    /** The coder's other application of this code on this span, if it has one. */
    Optional<UUID> duplicate(UUID applicationId, UUID codeId, UUID fragmentId, int start, int end, UUID coderId) {
        return named
                .queryForList(
                        "SELECT id FROM code_applications WHERE code_id = :code AND fragment_id = :fragment"
                                + " AND quote_start = :start AND quote_end = :end AND coder_id = :coder AND id <> :id",
                        new MapSqlParameterSource("code", codeId)
                                .addValue("fragment", fragmentId)
                                .addValue("start", start)
                                .addValue("end", end)
                                .addValue("coder", coderId)
                                .addValue("id", applicationId),
                        UUID.class)
                .stream()
                .findFirst();
    }

    void delete(UUID applicationId) {
        named.update("DELETE FROM code_applications WHERE id = :id", new MapSqlParameterSource("id", applicationId));
    }

    private static MapSqlParameterSource decision(ReviewState state, UUID reviewer) {
        boolean decided = state != ReviewState.PENDING;
        return new MapSqlParameterSource("state", state.code())
                .addValue("by", decided ? reviewer : null)
                .addValue("at", decided ? new Timestamp(System.currentTimeMillis()) : null);
    }

    private static String filters(UUID projectId, ReviewQuery query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" WHERE a.project_id = :project");
        params.addValue("project", projectId);
        where.append(ApplicationStore.inLayers(query.coders(), params));
        if (query.codeId() != null) {
            where.append(" AND a.code_id = :code");
            params.addValue("code", query.codeId());
        }
        if (query.interviewId() != null) {
            where.append(" AND a.interview_id = :interview");
            params.addValue("interview", query.interviewId());
        }
        return where.toString();
    }

    private static ReviewItem item(ResultSet rs, int row) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new ReviewItem(
                rs.getObject("id", UUID.class),
                rs.getObject("code_id", UUID.class),
                rs.getString("label"),
                rs.getString("color"),
                rs.getObject("fragment_id", UUID.class),
                rs.getObject("interview_id", UUID.class),
                rs.getString("participant"),
                rs.getInt("ordinal"),
                rs.getString("speaker"),
                rs.getString("text"),
                rs.getString("quote"),
                rs.getInt("quote_start"),
                rs.getInt("quote_end"),
                rs.getDouble("confidence"),
                Origin.fromCode(rs.getString("origin")),
                rs.getObject("coder_id", UUID.class),
                rs.getString("display_name"),
                CoderKind.fromCode(rs.getString("kind")),
                ReviewState.fromCode(rs.getString("review_state")),
                reviewedAt == null ? null : reviewedAt.toInstant());
    }
}
