package com.theogen.coding.internal;

import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
import com.theogen.shared.SpokenLanguage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What coding needs to know about a project and its interviews when no user is at hand (a job, or the theory
 * pipeline calling {@code AutoCoding}): each interview's language and participant (from the interview module's
 * API), the project's language and template, the project of an interview, and which project a theory a memo links
 * to belongs to. The project, interview and theory modules expose these last three only per owner (and the theory
 * module depends on this one), so they are read here with one read-only query each (a known coupling to their
 * tables; see docs/adr/011).
 */
@Component
class ProjectDirectory {

    record ProjectInfo(UUID id, UUID ownerId, Language language, String domainTemplate, String researchQuestion) {}

    /** {@code spokenLanguage}: as stored for the interview (ADR 044); {@code null} until detected. */
    record InterviewInfo(UUID id, String participant, Language language, SpokenLanguage spokenLanguage) {

        InterviewInfo(UUID id, String participant, Language language) {
            this(id, participant, language, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final InterviewFragments interviews;

    ProjectDirectory(JdbcTemplate jdbc, InterviewFragments interviews) {
        this.jdbc = jdbc;
        this.interviews = interviews;
    }

    Optional<ProjectInfo> project(UUID projectId) {
        return jdbc
                .query(
                        "SELECT id, owner_id, language, domain_template, research_question FROM projects WHERE id = ?",
                        (rs, i) -> new ProjectInfo(
                                rs.getObject("id", UUID.class),
                                rs.getObject("owner_id", UUID.class),
                                Language.fromCode(rs.getString("language")),
                                rs.getString("domain_template"),
                                rs.getString("research_question")),
                        projectId)
                .stream()
                .findFirst();
    }

    /** The project an interview belongs to. */
    Optional<UUID> projectOf(UUID interviewId) {
        return projectIn("SELECT project_id FROM interviews WHERE id = ?", interviewId);
    }

    /** The project a theory belongs to (a memo may link to a theory of its own project only). */
    Optional<UUID> projectOfTheory(UUID theoryId) {
        return projectIn("SELECT project_id FROM theories WHERE id = ?", theoryId);
    }

    private Optional<UUID> projectIn(String query, UUID id) {
        return jdbc.query(query, (rs, i) -> rs.getObject("project_id", UUID.class), id).stream()
                .findFirst();
    }

    /** Interviews in upload order, from the interview module. */
    Map<UUID, InterviewInfo> interviews(UUID projectId) {
        Map<UUID, InterviewInfo> result = new LinkedHashMap<>();
        for (InterviewSummary interview : interviews.interviewsOf(projectId)) {
            result.put(
                    interview.id(),
                    new InterviewInfo(
                            interview.id(), interview.participant(), interview.language(), interview.spokenLanguage()));
        }
        return result;
    }
}
