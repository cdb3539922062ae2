package com.theogen.coding.internal;

import com.theogen.coding.CoderKind;
import com.theogen.coding.Coders;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Lists a project's coders with what each has done. */
@Service
class CoderService implements Coders {

    private final ProjectAccess projects;
    private final JdbcTemplate jdbc;

    CoderService(ProjectAccess projects, JdbcTemplate jdbc) {
        this.projects = projects;
        this.jdbc = jdbc;
    }

    @Override
    public List<CoderView> list(UUID userId, UUID projectId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        return jdbc.query(
                "SELECT c.id, c.kind, c.key, c.display_name, coalesce(a.applications, 0) AS applications,"
                        + " coalesce(a.codes, 0) AS codes, coalesce(a.fragments, 0) AS fragments,"
                        + " coalesce(a.interviews, 0) AS interviews,"
                        + " (SELECT count(*) FROM memos m WHERE m.project_id = c.project_id AND m.coder_id = c.id)"
                        + " AS memos,"
                        + " (SELECT count(*) FROM fragment_coding_state s WHERE s.project_id = c.project_id"
                        + " AND s.coder_id = c.id AND s.state = 'not_relevant') AS not_relevant,"
                        + " coalesce(a.pending, 0) AS pending, coalesce(a.rejected, 0) AS rejected"
                        + " FROM coders c LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE ok) AS applications,"
                        + " count(DISTINCT x.code_id) FILTER (WHERE ok) AS codes,"
                        + " count(DISTINCT x.fragment_id) FILTER (WHERE ok) AS fragments,"
                        + " count(DISTINCT x.interview_id) FILTER (WHERE ok) AS interviews,"
                        + " count(*) FILTER (WHERE x.review_state = 'pending') AS pending,"
                        + " count(*) FILTER (WHERE NOT ok) AS rejected"
                        + " FROM (SELECT y.*, y.review_state <> 'rejected' AS ok FROM code_applications y"
                        + " WHERE y.project_id = c.project_id AND y.coder_id = c.id) x) a ON true"
                        + " WHERE c.project_id = ?"
                        + " ORDER BY CASE c.kind WHEN 'user' THEN 0 WHEN 'imported' THEN 1 WHEN 'ai' THEN 2 ELSE 3 END,"
                        + " lower(c.display_name), c.id",
                (rs, i) -> new CoderView(
                        rs.getObject("id", UUID.class),
                        CoderKind.fromCode(rs.getString("kind")),
                        rs.getString("key"),
                        rs.getString("display_name"),
                        rs.getInt("applications"),
                        rs.getInt("codes"),
                        rs.getInt("fragments"),
                        rs.getInt("interviews"),
                        rs.getInt("memos"),
                        rs.getInt("not_relevant"),
                        rs.getInt("pending"),
                        rs.getInt("rejected")),
                projectId);
    }
}
