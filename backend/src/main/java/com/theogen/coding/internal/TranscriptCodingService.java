package com.theogen.coding.internal;

import com.theogen.coding.CoderKind;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.TranscriptCoding;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** One query over the interview's applications with their codes and coders (docs/adr/030). */
@Service
class TranscriptCodingService implements TranscriptCoding {

    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final CoderStore coders;
    private final NamedParameterJdbcTemplate named;

    TranscriptCodingService(
            CodingAccess access, ProjectDirectory directory, CoderStore coders, NamedParameterJdbcTemplate named) {
        this.access = access;
        this.directory = directory;
        this.coders = coders;
        this.named = named;
    }

    @Override
    public List<SpanView> applications(UUID userId, UUID interviewId, List<UUID> layers) {
        UUID projectId = directory.projectOf(interviewId).orElseThrow(() -> DomainException.notFound("Interview"));
        access.require(projectId, userId, ProjectRole.VIEWER, "Interview");
        coders.requireKnown(projectId, layers);
        MapSqlParameterSource params = new MapSqlParameterSource("interview", interviewId);
        String layer = ApplicationStore.inLayers(layers, params);
        return named.query(
                "SELECT a.id, a.fragment_id, a.code_id, c.label, c.color, a.quote, a.quote_start, a.quote_end,"
                        + " a.confidence, a.origin, a.coder_id, k.display_name, k.kind, a.created_at"
                        + " FROM code_applications a JOIN codes c ON c.id = a.code_id"
                        + FragmentView.JOIN
                        + " LEFT JOIN coders k ON k.project_id = a.project_id AND k.id = a.coder_id"
                        + " WHERE a.interview_id = :interview" + layer
                        + " ORDER BY f.ordinal, a.quote_start, a.quote_end DESC, a.id",
                params,
                (rs, i) -> new SpanView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("fragment_id", UUID.class),
                        rs.getObject("code_id", UUID.class),
                        rs.getString("label"),
                        rs.getString("color"),
                        rs.getString("quote"),
                        rs.getInt("quote_start"),
                        rs.getInt("quote_end"),
                        rs.getDouble("confidence"),
                        Origin.fromCode(rs.getString("origin")),
                        rs.getObject("coder_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("kind") == null ? null : CoderKind.fromCode(rs.getString("kind")),
                        rs.getTimestamp("created_at").toInstant()));
    }
}
