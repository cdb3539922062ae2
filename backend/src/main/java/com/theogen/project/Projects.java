package com.theogen.project;

import com.theogen.shared.Language;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * Project CRUD for its members: a project the user is not a member of behaves exactly like one that does not exist
 * ({@code NOT_FOUND}); a member whose role is too low gets {@link ProjectError#ROLE_REQUIRED}.
 */
public interface Projects {

    /**
     * Creates a project owned by {@code ownerId}; {@code language} defaults to {@code en}, {@code domainTemplate}
     * to {@code generic}.
     *
     * @throws com.theogen.shared.DomainException {@code UNKNOWN_DOMAIN_TEMPLATE} for an unknown template
     */
    ProjectView create(UUID ownerId, ProjectDraft draft);

    /** The projects the user is a member of, in any role, newest first. */
    Page<ProjectView> list(UUID userId, int page, int size);

    /** Any member. */
    ProjectView get(UUID userId, UUID projectId);

    /** The project when the user is a member of it; empty otherwise (never throws for a non-member). */
    Optional<ProjectView> find(UUID userId, UUID projectId);

    /**
     * The project as other modules may know it, with no access check: for work done without a user at hand (a job,
     * a pipeline stage). A caller serving a user checks access through {@link ProjectAccess} instead. Empty for an
     * unknown project.
     */
    Optional<ProjectRef> ref(UUID projectId);

    /**
     * Sets the language of a project created without one to {@code majority}, the report language most of its
     * interviews are spoken in (ADR 044); does nothing when a person chose the project's language (at creation or
     * by an update). No access check: the interview module calls it after it changed the project's interviews.
     *
     * @return whether the project's language changed; {@code false} for an unknown project
     */
    boolean followInterviewLanguage(UUID projectId, Language majority);

    /** Applies the non-null fields of {@code changes}. Owner only. */
    ProjectView update(UUID userId, UUID projectId, ProjectDraft changes);

    /**
     * Deletes the project and, through foreign keys, everything that belongs to it (its members included). Owner
     * only. Publishes {@link ProjectDeleted} inside the transaction.
     */
    void delete(UUID userId, UUID projectId);
}
