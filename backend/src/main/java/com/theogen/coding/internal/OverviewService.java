package com.theogen.coding.internal;

import com.theogen.coding.Coders;
import com.theogen.coding.CodingOverview;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The study overview's coding figures. */
@Service
class OverviewService implements CodingOverview {

    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final InterviewFragments interviews;
    private final Coders coders;
    private final JdbcTemplate jdbc;

    OverviewService(
            CodingAccess access,
            ProjectDirectory directory,
            CodingFragments fragments,
            InterviewFragments interviews,
            Coders coders,
            JdbcTemplate jdbc) {
        this.access = access;
        this.directory = directory;
        this.fragments = fragments;
        this.interviews = interviews;
        this.coders = coders;
        this.jdbc = jdbc;
    }

    @Override
    public Figures figures(UUID userId, UUID projectId) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        ProjectInfo project = directory.project(projectId).orElseThrow(() -> DomainException.notFound("Project"));
        List<InterviewSummary> all = interviews.interviewsOf(projectId);
        long words = all.stream().mapToLong(InterviewSummary::wordCount).sum();
        List<Scoped> scoped = fragments.ofProject(projectId, project.language());
        Map<UUID, Set<String>> speakers = new HashMap<>();
        int participantFragments = 0;
        for (Scoped f : scoped) {
            if (f.interviewer()) {
                continue;
            }
            participantFragments++;
            String speaker = f.fragment().speaker();
            speakers.computeIfAbsent(f.fragment().interviewId(), k -> new HashSet<>())
                    .add(
                            speaker == null || speaker.isBlank()
                                    ? ""
                                    : speaker.strip().toLowerCase(Locale.ROOT));
        }
        int participants = speakers.values().stream()
                .mapToInt(set -> set.size() > 1
                        ? (int) set.stream().filter(s -> !s.isEmpty()).count()
                        : 1)
                .sum();
        Integer coded = jdbc.queryForObject(
                "SELECT count(DISTINCT fragment_id) FROM code_applications WHERE project_id = ?",
                Integer.class,
                projectId);
        Integer codes =
                jdbc.queryForObject("SELECT count(*) FROM codes WHERE project_id = ?", Integer.class, projectId);
        Integer categories =
                jdbc.queryForObject("SELECT count(*) FROM categories WHERE project_id = ?", Integer.class, projectId);
        List<CoderFragments> byCoder = coders.list(userId, projectId).stream()
                .filter(c -> c.fragments() > 0)
                .map(c -> new CoderFragments(c.id(), c.kind(), c.displayName(), c.fragments()))
                .toList();
        return new Figures(
                all.size(),
                participants,
                words,
                scoped.size(),
                participantFragments,
                coded == null ? 0 : coded,
                byCoder,
                codes == null ? 0 : codes,
                categories == null ? 0 : categories);
    }
}
