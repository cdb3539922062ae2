package com.theogen.coding.internal;

import com.theogen.interview.InterviewDirectory;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.Projects;
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
 * pipeline calling {@code AutoCoding}): the project's language and template (from the project module's API), each
 * interview's language and participant and the project of an interview (from the interview module's API), and which
 * project a theory a memo links to belongs to. The theory module depends on this one, so that last answer comes
 * from the view {@code theory_projects_v} it publishes (docs/adr/052), not from its API.
 */
@Component
class ProjectDirectory {

    record ProjectInfo(UUID id, UUID ownerId, Language language, String domainTemplate, String researchQuestion) {

        /** The research question as the coding prompts show it: stripped, or "not stated" in the project's language. */
        String promptQuestion() {
            if (researchQuestion != null && !researchQuestion.isBlank()) {
                return researchQuestion.strip();
            }
            return language == Language.ES ? "(no indicada)" : "(not stated)";
        }
    }

    /** {@code spokenLanguage}: as stored for the interview (ADR 044); {@code null} until detected. */
    record InterviewInfo(UUID id, String participant, Language language, SpokenLanguage spokenLanguage) {

        InterviewInfo(UUID id, String participant, Language language) {
            this(id, participant, language, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final Projects projects;
    private final InterviewFragments interviews;
    private final InterviewDirectory interviewDirectory;

    ProjectDirectory(
            JdbcTemplate jdbc,
            Projects projects,
            InterviewFragments interviews,
            InterviewDirectory interviewDirectory) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.interviews = interviews;
        this.interviewDirectory = interviewDirectory;
    }

    Optional<ProjectInfo> project(UUID projectId) {
        return projects.ref(projectId)
                .map(p -> new ProjectInfo(p.id(), p.ownerId(), p.language(), p.domainTemplate(), p.researchQuestion()));
    }

    /** The project an interview belongs to. */
    Optional<UUID> projectOf(UUID interviewId) {
        return interviewDirectory.projectOf(interviewId);
    }

    /** The project a theory belongs to (a memo may link to a theory of its own project only). */
    Optional<UUID> projectOfTheory(UUID theoryId) {
        return jdbc
                .query(
                        "SELECT project_id FROM theory_projects_v WHERE theory_id = ?",
                        (rs, i) -> rs.getObject("project_id", UUID.class),
                        theoryId)
                .stream()
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
