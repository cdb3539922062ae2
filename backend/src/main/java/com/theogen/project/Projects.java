package com.theogen.project;

import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * Project CRUD, always scoped to the owner: a project owned by someone else behaves exactly like one that
 * does not exist ({@code NOT_FOUND}).
 */
public interface Projects extends ProjectAccess {

    /**
     * Creates a project; {@code language} defaults to {@code en}, {@code domainTemplate} to {@code generic}.
     *
     * @throws com.theogen.shared.DomainException {@code UNKNOWN_DOMAIN_TEMPLATE} for an unknown template
     */
    ProjectView create(UUID ownerId, ProjectDraft draft);

    /** The owner's projects, newest first. */
    Page<ProjectView> list(UUID ownerId, int page, int size);

    ProjectView get(UUID ownerId, UUID projectId);

    /** Applies the non-null fields of {@code changes}. */
    ProjectView update(UUID ownerId, UUID projectId, ProjectDraft changes);

    /**
     * Deletes the project and, through foreign keys, everything that belongs to it. Publishes {@link
     * ProjectDeleted} inside the transaction.
     */
    void delete(UUID ownerId, UUID projectId);
}
