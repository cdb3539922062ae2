package com.theogen.project;

import java.util.List;
import java.util.UUID;

/**
 * The members of a project and their roles. A project always has exactly one owner: ownership moves only by
 * {@link #transferOwnership}, and the owner can neither leave, be removed nor be demoted. Every call checks the
 * caller's role first: a project the caller is not a member of is {@code NOT_FOUND}, like an unknown one; a role
 * too low for the call is {@link ProjectError#ROLE_REQUIRED}. Changes to one project's members are serialised.
 */
public interface ProjectMembers {

    /** Everyone in the project, the owner first, then by role and joining order. Any member may list them. */
    List<ProjectMember> list(UUID userId, UUID projectId);

    /**
     * Adds an existing account, found by its email (case-insensitive), as {@code coder} or {@code viewer}. Owner
     * only.
     *
     * @throws com.theogen.shared.DomainException {@link ProjectError#UNKNOWN_ACCOUNT} when no account uses the
     *     email; {@link ProjectError#ALREADY_MEMBER} when it is a member already (the caller included); {@link
     *     ProjectError#OWNER_BY_TRANSFER} for {@code owner}
     */
    ProjectMember add(UUID userId, UUID projectId, String email, ProjectRole role);

    /**
     * Sets a member's role to {@code coder} or {@code viewer}. Owner only; setting the role a member already has
     * changes nothing.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for someone who is not a member; {@link
     *     ProjectError#LAST_OWNER} for the owner's own role; {@link ProjectError#OWNER_BY_TRANSFER} for {@code
     *     owner}
     */
    ProjectMember changeRole(UUID userId, UUID projectId, UUID memberId, ProjectRole role);

    /**
     * Removes a member. Owner only.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for someone who is not a member; {@link
     *     ProjectError#LAST_OWNER} for the owner
     */
    void remove(UUID userId, UUID projectId, UUID memberId);

    /**
     * The caller leaves the project. Any member but the owner.
     *
     * @throws com.theogen.shared.DomainException {@link ProjectError#LAST_OWNER} for the owner
     */
    void leave(UUID userId, UUID projectId);

    /**
     * Hands ownership to another member; the caller then stays as a {@code coder} or, with {@code leave}, leaves
     * the project. Owner only.
     *
     * @throws com.theogen.shared.DomainException {@link ProjectError#NOT_A_MEMBER} when {@code newOwnerId} is not a
     *     member; {@link ProjectError#ALREADY_OWNER} when it is the caller
     */
    void transferOwnership(UUID userId, UUID projectId, UUID newOwnerId, boolean leave);
}
