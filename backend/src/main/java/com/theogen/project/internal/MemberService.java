package com.theogen.project.internal;

import com.theogen.project.ProjectError;
import com.theogen.project.ProjectMember;
import com.theogen.project.ProjectMembers;
import com.theogen.project.ProjectRole;
import com.theogen.security.Accounts;
import com.theogen.security.Accounts.AccountView;
import com.theogen.shared.DomainException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and roles. Every change first locks the project's row, then checks the caller's role under that lock,
 * so concurrent changes to one project's members apply one after the other and the owner is always exactly one.
 */
@Service
class MemberService implements ProjectMembers {

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);

    private final MemberStore members;
    private final MemberDirectory directory;
    private final ProjectRepository projects;
    private final Accounts accounts;

    MemberService(MemberStore members, MemberDirectory directory, ProjectRepository projects, Accounts accounts) {
        this.members = members;
        this.directory = directory;
        this.projects = projects;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectMember> list(UUID userId, UUID projectId) {
        ProjectRole role = members.role(projectId, userId).orElseThrow(ProjectService::notFound);
        return directory.members(projectId, userId, role);
    }

    @Override
    @Transactional
    public ProjectMember add(UUID userId, UUID projectId, String email, ProjectRole role) {
        locked(projectId, userId, ProjectRole.OWNER);
        requireNotOwner(role);
        AccountView account = accounts.findByEmail(email)
                .orElseThrow(() -> new DomainException(
                        ProjectError.UNKNOWN_ACCOUNT,
                        "No account uses this email; ask them to register first, then add them"));
        if (members.find(projectId, account.id()).isPresent()) {
            throw new DomainException(
                    ProjectError.ALREADY_MEMBER,
                    account.id().equals(userId)
                            ? "You are already the owner of this project"
                            : "This account is already a member of the project");
        }
        members.insert(projectId, account.id(), role, userId);
        log.info("project member added project_id={} user_id={} role={}", projectId, account.id(), role.code());
        return MemberDirectory.member(members.find(projectId, account.id()).orElseThrow(), account, true);
    }

    @Override
    @Transactional
    public ProjectMember changeRole(UUID userId, UUID projectId, UUID memberId, ProjectRole role) {
        locked(projectId, userId, ProjectRole.OWNER);
        MemberStore.MemberRow member = member(projectId, memberId);
        if (member.role() == ProjectRole.OWNER) {
            throw lastOwner("The owner's role changes only by handing ownership to another member");
        }
        requireNotOwner(role);
        if (member.role() != role) {
            members.setRole(projectId, memberId, role);
            log.info("project member role project_id={} user_id={} role={}", projectId, memberId, role.code());
        }
        return MemberDirectory.member(
                members.find(projectId, memberId).orElseThrow(),
                accounts.describe(memberId).orElse(null),
                true);
    }

    @Override
    @Transactional
    public void remove(UUID userId, UUID projectId, UUID memberId) {
        locked(projectId, userId, ProjectRole.OWNER);
        if (member(projectId, memberId).role() == ProjectRole.OWNER) {
            throw lastOwner("The owner cannot be removed; hand ownership to another member first");
        }
        members.delete(projectId, memberId);
        log.info("project member removed project_id={} user_id={}", projectId, memberId);
    }

    @Override
    @Transactional
    public void leave(UUID userId, UUID projectId) {
        if (locked(projectId, userId, ProjectRole.VIEWER) == ProjectRole.OWNER) {
            throw lastOwner("The owner cannot leave; hand ownership to another member first");
        }
        members.delete(projectId, userId);
        log.info("project member left project_id={} user_id={}", projectId, userId);
    }

    @Override
    @Transactional
    public void transferOwnership(UUID userId, UUID projectId, UUID newOwnerId, boolean leave) {
        locked(projectId, userId, ProjectRole.OWNER);
        if (newOwnerId.equals(userId)) {
            throw new DomainException(ProjectError.ALREADY_OWNER, "You already own this project");
        }
        if (members.find(projectId, newOwnerId).isEmpty()) {
            throw new DomainException(
                    ProjectError.NOT_A_MEMBER, "Ownership can only go to a member of the project; add them first");
        }
        // The old owner steps down before the new one steps up: at most one owner row at any moment.
        if (leave) {
            members.delete(projectId, userId);
        } else {
            members.setRole(projectId, userId, ProjectRole.CODER);
        }
        members.setRole(projectId, newOwnerId, ProjectRole.OWNER);
        projects.setOwner(projectId, newOwnerId);
        log.info(
                "project ownership transferred project_id={} from={} to={} former_owner={}",
                projectId,
                userId,
                newOwnerId,
                leave ? "left" : "coder");
    }

    /** Locks the project, then returns the caller's role when it includes {@code required}. */
    private ProjectRole locked(UUID projectId, UUID userId, ProjectRole required) {
        if (!members.lockProject(projectId)) {
            throw ProjectService.notFound();
        }
        ProjectRole role = members.role(projectId, userId).orElseThrow(ProjectService::notFound);
        return ProjectService.check(role, required);
    }

    private MemberStore.MemberRow member(UUID projectId, UUID memberId) {
        return members.find(projectId, memberId).orElseThrow(() -> DomainException.notFound("Member"));
    }

    private static void requireNotOwner(ProjectRole role) {
        if (role == ProjectRole.OWNER) {
            throw new DomainException(
                    ProjectError.OWNER_BY_TRANSFER,
                    "A project has one owner; hand ownership over with POST /api/projects/{id}/transfer-ownership");
        }
    }

    private static DomainException lastOwner(String message) {
        return new DomainException(ProjectError.LAST_OWNER, message);
    }
}
