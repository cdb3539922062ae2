package com.theogen.project.web;

import com.theogen.project.ProjectMember;
import com.theogen.project.ProjectMembers;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Members")
@RestController
@RequestMapping("/api/projects/{projectId}")
class ProjectMemberController {

    private final ProjectMembers members;
    private final BlockingBridge blocking;

    ProjectMemberController(ProjectMembers members, BlockingBridge blocking) {
        this.members = members;
        this.blocking = blocking;
    }

    @Operation(operationId = "listMembers", summary = "The project's members and their roles, the owner first")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/members")
    Mono<List<ProjectMember>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> members.list(user.id(), projectId));
    }

    @Operation(
            operationId = "addMember",
            summary = "Add an existing account by email as coder or viewer",
            description = "400 UNKNOWN_ACCOUNT when no account uses the email; 409 ALREADY_MEMBER when it is a "
                    + "member already; 400 OWNER_BY_TRANSFER for role owner.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ProjectScoped(ProjectRole.OWNER)
    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ProjectMember> add(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody MemberRequests.Add request) {
        return blocking.call(() -> members.add(user.id(), projectId, request.email(), request.role()));
    }

    @Operation(
            operationId = "changeMemberRole",
            summary = "Change a member's role to coder or viewer",
            description = "409 LAST_OWNER for the owner's own role: ownership moves only by transfer.")
    @ProjectScoped(ProjectRole.OWNER)
    @PatchMapping("/members/{userId}")
    Mono<ProjectMember> changeRole(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID userId,
            @Valid @RequestBody MemberRequests.ChangeRole request) {
        return blocking.call(() -> members.changeRole(user.id(), projectId, userId, request.role()));
    }

    @Operation(operationId = "removeMember", summary = "Remove a member", description = "409 LAST_OWNER for the owner.")
    @ProjectScoped(ProjectRole.OWNER)
    @DeleteMapping("/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID userId) {
        return blocking.run(() -> members.remove(user.id(), projectId, userId));
    }

    @Operation(
            operationId = "leaveProject",
            summary = "Leave the project",
            description = "Any member but the owner, who hands ownership over first (409 LAST_OWNER).")
    @ProjectScoped(ProjectRole.VIEWER)
    @PostMapping("/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> leave(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.run(() -> members.leave(user.id(), projectId));
    }

    @Operation(
            operationId = "transferOwnership",
            summary = "Hand ownership to another member",
            description = "The current owner becomes a coder (former_owner=coder, the default) or leaves "
                    + "(former_owner=leave). 400 NOT_A_MEMBER when user_id is not a member.")
    @ProjectScoped(ProjectRole.OWNER)
    @PostMapping("/transfer-ownership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> transfer(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody MemberRequests.Transfer request) {
        return blocking.run(() -> members.transferOwnership(user.id(), projectId, request.userId(), request.leave()));
    }
}
