package com.theogen.project;

import java.util.UUID;

/** Ownership checks for project-scoped work in any module. */
public interface ProjectAccess {

    /**
     * Returns the project when {@code userId} owns it.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} when the project does not exist or belongs
     *     to another user (the two cases are indistinguishable on purpose)
     */
    ProjectRef requireOwned(UUID projectId, UUID userId);
}
