package com.theogen.project.internal;

import com.theogen.project.ProjectDraft;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "projects")
class ProjectEntity {

    @Id
    private UUID id;

    /** The current owner, a copy of the {@code owner} row of {@code project_members} (docs/adr/019). */
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "research_question", columnDefinition = "text")
    private String researchQuestion;

    @Column(nullable = false, length = 2)
    private String language;

    /** Whether a person chose {@link #language}; when not, it follows the interviews (ADR 044). */
    @Column(name = "language_explicit", nullable = false)
    private boolean languageExplicit;

    @Column(name = "domain_template", nullable = false, length = 64)
    private String domainTemplate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProjectEntity() {}

    ProjectEntity(UUID ownerId, ProjectDraft draft) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(draft);
    }

    /** Applies the non-null fields of {@code changes}; an empty text clears an optional field. */
    void apply(ProjectDraft changes) {
        if (changes.name() != null) {
            name = changes.name().strip();
        }
        if (changes.description() != null) {
            description = blankToNull(changes.description());
        }
        if (changes.researchQuestion() != null) {
            researchQuestion = blankToNull(changes.researchQuestion());
        }
        if (changes.language() != null) {
            language = changes.language().code();
            languageExplicit = true;
        }
        if (changes.domainTemplate() != null) {
            domainTemplate = changes.domainTemplate();
        }
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    UUID id() {
        return id;
    }

    /** Created without a chosen language: the default stands in until the interviews say otherwise. */
    void languageDefaulted() {
        languageExplicit = false;
    }

    /** Takes the interviews' majority language unless a person chose one; whether the language changed. */
    boolean followInterviews(Language majority) {
        if (languageExplicit || majority.code().equals(language)) {
            return false;
        }
        language = majority.code();
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    ProjectView view(ProjectRole role, List<ProjectView.Member> members) {
        return new ProjectView(
                id,
                name,
                description,
                researchQuestion,
                Language.fromCode(language),
                domainTemplate,
                createdAt,
                updatedAt,
                role,
                members);
    }

    ProjectRef ref() {
        return new ProjectRef(id, ownerId, name, researchQuestion, Language.fromCode(language), domainTemplate);
    }

    private static String blankToNull(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
