package com.theogen.project;

import java.util.UUID;

/** Access checks for project-scoped work in any module. */
public interface ProjectAccess {

    /**
     * Returns the project when {@code userId} holds at least {@code required} in it.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} when the project does not exist or the user is
     *     not a member (the two cases are indistinguishable on purpose); {@code ROLE_REQUIRED} (403) when the user
     *     is a member whose role is below {@code required}
     */
    ProjectRef require(UUID projectId, UUID userId, ProjectRole required);

    /**
     * Returns the project when {@code userId} owns it.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} when the project does not exist or belongs
     *     to another user (the two cases are indistinguishable on purpose)
     */
    ProjectRef requireOwned(UUID projectId, UUID userId);
}
