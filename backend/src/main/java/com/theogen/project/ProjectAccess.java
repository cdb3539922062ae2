package com.theogen.project;

import java.util.UUID;

/**
 * Access checks for project-scoped work in any module. Reads and exports need {@link ProjectRole#VIEWER}; coding,
 * memos, uploads and jobs {@link ProjectRole#CODER}; editing or deleting the project, managing members and
 * deleting interviews {@link ProjectRole#OWNER}.
 */
public interface ProjectAccess {

    /**
     * Returns the project when {@code userId} holds at least {@code required} in it.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} when the project does not exist or the user is
     *     not a member (the two cases are indistinguishable on purpose); {@link ProjectError#ROLE_REQUIRED} (403,
     *     with {@code required_role} and the member's {@code role}) when the user is a member whose role is below
     *     {@code required}
     */
    ProjectRef require(UUID projectId, UUID userId, ProjectRole required);

    /**
     * The same check as {@link #require} in one primary-key read, for hot paths that need no {@link ProjectRef}
     * (status polls, job submission). Throws exactly what {@link #require} throws.
     */
    void check(UUID projectId, UUID userId, ProjectRole required);
}
