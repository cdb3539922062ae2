package com.theogen.coding.internal;

import com.theogen.coding.CodebookEditor.CodeQuery;
import com.theogen.coding.CodebookEditor.CodeView;
import com.theogen.coding.CodebookEditor.CoderApplications;
import com.theogen.coding.CodebookEditor.EvidenceFilter;
import com.theogen.coding.CodebookEditor.EvidenceItem;
import com.theogen.coding.CoderKind;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.interview.InterviewAttributes;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The codebook's read views: codes with their counts, and evidence pages. */
@Component
class CodebookQueries {

    private static final Map<String, String> SORTS = Map.of(
            "label", "lower(c.label), c.id",
            "applications", "applications DESC, lower(c.label), c.id",
            "interviews", "interviews DESC, applications DESC, lower(c.label), c.id",
            "created", "c.created_at DESC, c.id");

    private final NamedParameterJdbcTemplate named;
    private final InterviewAttributes attributes;

    CodebookQueries(NamedParameterJdbcTemplate named, InterviewAttributes attributes) {
        this.attributes = attributes;
        this.named = named;
    }

    Page<CodeView> codes(UUID projectId, CodeQuery query) {
        return codes(projectId, query, null);
    }

    CodeView code(UUID projectId, UUID codeId) {
        return codes(projectId, new CodeQuery("label", null, null, 0, 1), codeId).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Code"));
    }

    private Page<CodeView> codes(UUID projectId, CodeQuery query, UUID onlyCode) {
        String sort = query.sort() == null || query.sort().isBlank()
                ? "label"
                : query.sort().strip().toLowerCase(Locale.ROOT);
        if (!SORTS.containsKey(sort)) {
            throw DomainException.invalid(
                    "INVALID_SORT",
                    "sort must be one of " + SORTS.keySet().stream().sorted().toList());
        }
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        StringBuilder where = new StringBuilder(" WHERE c.project_id = :project");
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" AND (lower(c.label) LIKE :q ESCAPE '\\' OR lower(c.definition) LIKE :q ESCAPE '\\')");
            params.addValue("q", "%" + likeEscape(query.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (onlyCode != null) {
            where.append(" AND c.id = :code");
            params.addValue("code", onlyCode);
        }
        if (query.origin() != null) {
            where.append(" AND c.origin = :origin");
            params.addValue("origin", query.origin().code());
        }
        String layer = ApplicationStore.inLayers(query.coders(), params);
        if (!layer.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM code_applications ca WHERE ca.code_id = c.id"
                    + " AND ca.coder_id IN (:coders) AND ca.review_state <> 'rejected')");
        }
        long total = named.queryForObject("SELECT count(*) FROM codes c" + where, params, Long.class);
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<CodeView> items = named.query(
                "SELECT c.id, c.project_id, c.label, c.definition, c.origin, c.category_id, cat.name AS category_name,"
                        + " c.properties::text AS properties, c.human_edited, c.created_at, c.updated_at,"
                        + " c.parent_id, c.color, c.inclusion_criteria, c.exclusion_criteria,"
                        + " c.examples::text AS examples,"
                        + " count(a.id) AS applications, count(DISTINCT a.fragment_id) AS fragments,"
                        + " count(DISTINCT a.interview_id) AS interviews"
                        + " FROM codes c LEFT JOIN categories cat ON cat.id = c.category_id"
                        + " LEFT JOIN code_applications a ON a.code_id = c.id" + ApplicationStore.NOT_REJECTED + layer
                        + where
                        + " GROUP BY c.id, cat.name ORDER BY " + SORTS.get(sort)
                        + " LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> {
                    CodeJson.Properties properties = CodeJson.properties(rs.getString("properties"));
                    return new CodeView(
                            rs.getObject("id", UUID.class),
                            rs.getObject("project_id", UUID.class),
                            rs.getString("label"),
                            rs.getString("definition"),
                            Origin.fromCode(rs.getString("origin")),
                            rs.getObject("category_id", UUID.class),
                            rs.getString("category_name"),
                            rs.getInt("applications"),
                            rs.getInt("fragments"),
                            rs.getInt("interviews"),
                            properties.properties(),
                            properties.dimensions(),
                            rs.getBoolean("human_edited"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("updated_at").toInstant(),
                            rs.getObject("parent_id", UUID.class),
                            rs.getString("color"),
                            rs.getString("inclusion_criteria"),
                            rs.getString("exclusion_criteria"),
                            CodeJson.strings(rs.getString("examples")),
                            List.of());
                });
        Map<UUID, List<CoderApplications>> byCoder = coderCounts(items, query.coders());
        items = items.stream()
                .map(c -> c.withCoders(byCoder.getOrDefault(c.id(), List.of())))
                .toList();
        return new PageImpl<>(items, PageRequest.of(query.page(), query.size()), total);
    }

    /** Applications per code and coder for the listed codes, most first; only {@code coders} when some are named. */
    private Map<UUID, List<CoderApplications>> coderCounts(List<CodeView> codes, List<UUID> coders) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource(
                "codes", codes.stream().map(CodeView::id).toList());
        String layer = ApplicationStore.inLayers(coders, params);
        Map<UUID, List<CoderApplications>> counts = new HashMap<>();
        named.query(
                "SELECT a.code_id, a.coder_id, co.kind, co.display_name, count(*) AS applications"
                        + " FROM code_applications a JOIN coders co ON co.project_id = a.project_id AND co.id = a.coder_id"
                        + " WHERE a.code_id IN (:codes)" + layer
                        + " GROUP BY a.code_id, a.coder_id, co.kind, co.display_name"
                        + " ORDER BY applications DESC, co.display_name, a.coder_id",
                params,
                rs -> {
                    counts.computeIfAbsent(rs.getObject("code_id", UUID.class), k -> new ArrayList<>())
                            .add(new CoderApplications(
                                    rs.getObject("coder_id", UUID.class),
                                    CoderKind.fromCode(rs.getString("kind")),
                                    rs.getString("display_name"),
                                    rs.getInt("applications")));
                });
        return counts;
    }

    Page<EvidenceItem> evidence(Collection<UUID> codeIds, EvidenceFilter filter) {
        if (codeIds.isEmpty()) {
            return new PageImpl<>(List.of(), PageRequest.of(filter.page(), filter.size()), 0);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("codes", codeIds);
        StringBuilder where = new StringBuilder(" WHERE a.code_id IN (:codes)" + ApplicationStore.NOT_REJECTED);
        if (filter.interviewId() != null) {
            where.append(" AND a.interview_id = :interview");
            params.addValue("interview", filter.interviewId());
        }
        if (filter.speaker() != null && !filter.speaker().isBlank()) {
            where.append(" AND lower(f.speaker) = lower(:speaker)");
            params.addValue("speaker", filter.speaker().strip());
        }
        if (filter.origin() != null) {
            where.append(" AND a.origin = :origin");
            params.addValue("origin", filter.origin().code());
        }
        where.append(ApplicationStore.inLayers(filter.coders(), params));
        if (!filter.attributes().isEmpty()) {
            UUID project = named.queryForObject(
                    "SELECT project_id FROM codes WHERE id IN (:codes) LIMIT 1", params, UUID.class);
            Set<UUID> matching = attributes.matching(project, filter.attributes());
            if (matching.isEmpty()) {
                return new PageImpl<>(List.of(), PageRequest.of(filter.page(), filter.size()), 0);
            }
            where.append(" AND a.interview_id IN (:matching)");
            params.addValue("matching", matching);
        }
        String from = " FROM code_applications a JOIN codes c ON c.id = a.code_id" + FragmentView.JOIN;
        long total = named.queryForObject("SELECT count(*)" + from + where, params, Long.class);
        params.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        List<EvidenceItem> items = named.query(
                "SELECT a.id, a.code_id, c.label, a.fragment_id, a.interview_id, f.participant, f.ordinal, f.speaker,"
                        + " f.text, a.quote, a.quote_start, a.quote_end, a.confidence, a.origin, a.coder_id"
                        + from
                        + where
                        + " ORDER BY " + FragmentView.TRANSCRIPT_ORDER
                        + ", a.quote_start, a.id LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> new EvidenceItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("code_id", UUID.class),
                        rs.getString("label"),
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
                        rs.getObject("coder_id", UUID.class)));
        return new PageImpl<>(items, PageRequest.of(filter.page(), filter.size()), total);
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
