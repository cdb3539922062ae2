package com.theogen.coding.internal;

import com.theogen.coding.CodingMatrices.MatrixCellFragment;
import com.theogen.coding.CodingMatrices.MatrixCellQuote;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL behind the matrices: which code is on which fragment, and a cell's fragments with their quotes. */
@Component
class MatrixQueries {

    /** A code on a fragment (once per pair, however many spans). */
    record Hit(UUID codeId, UUID fragmentId, UUID interviewId, int ordinal) {}

    record CodeInfo(UUID codeId, String label, String color, UUID categoryId) {}

    private final NamedParameterJdbcTemplate named;

    MatrixQueries(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    List<Hit> hits(UUID projectId, List<UUID> coders) {
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        String where = " WHERE a.project_id = :project" + ApplicationStore.inLayers(coders, params);
        return named.query(
                "SELECT DISTINCT a.code_id, a.fragment_id, a.interview_id, f.ordinal FROM code_applications a"
                        + FragmentView.JOIN + where,
                params,
                (rs, i) -> new Hit(
                        rs.getObject("code_id", UUID.class),
                        rs.getObject("fragment_id", UUID.class),
                        rs.getObject("interview_id", UUID.class),
                        rs.getInt("ordinal")));
    }

    List<CodeInfo> codes(UUID projectId) {
        return named.query(
                "SELECT id, label, color, category_id FROM codes WHERE project_id = :project",
                new MapSqlParameterSource("project", projectId),
                (rs, i) -> new CodeInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("label"),
                        rs.getString("color"),
                        rs.getObject("category_id", UUID.class)));
    }

    /** These fragments, in the order given, each with its quotes of these codes by these coders (all if empty). */
    List<MatrixCellFragment> fragments(List<UUID> fragmentIds, Collection<UUID> codeIds, List<UUID> coders) {
        if (fragmentIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("fragments", fragmentIds).addValue("codes", codeIds);
        String coderClause = ApplicationStore.inLayers(coders, params);
        Map<UUID, List<MatrixCellQuote>> quotes = new HashMap<>();
        named.query(
                "SELECT a.id, a.fragment_id, a.code_id, c.label, a.quote, a.quote_start, a.quote_end, a.coder_id"
                        + " FROM code_applications a JOIN codes c ON c.id = a.code_id"
                        + " WHERE a.fragment_id IN (:fragments) AND a.code_id IN (:codes)" + coderClause
                        + " ORDER BY a.quote_start, a.quote_end, c.label, a.id",
                params,
                rs -> {
                    quotes.computeIfAbsent(rs.getObject("fragment_id", UUID.class), k -> new ArrayList<>())
                            .add(new MatrixCellQuote(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("code_id", UUID.class),
                                    rs.getString("label"),
                                    rs.getString("quote"),
                                    rs.getInt("quote_start"),
                                    rs.getInt("quote_end"),
                                    rs.getObject("coder_id", UUID.class)));
                });
        Map<UUID, MatrixCellFragment> byId = new HashMap<>();
        named.query(
                "SELECT fragment_id, interview_id, ordinal, speaker, text, participant, source_filename"
                        + " FROM interview_fragments_v WHERE fragment_id IN (:fragments)",
                params,
                rs -> {
                    UUID id = rs.getObject("fragment_id", UUID.class);
                    String participant = rs.getString("participant");
                    byId.put(
                            id,
                            new MatrixCellFragment(
                                    id,
                                    rs.getObject("interview_id", UUID.class),
                                    participant == null || participant.isBlank()
                                            ? rs.getString("source_filename")
                                            : participant,
                                    rs.getInt("ordinal"),
                                    rs.getString("speaker"),
                                    rs.getString("text"),
                                    quotes.getOrDefault(id, List.of())));
                });
        return fragmentIds.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
