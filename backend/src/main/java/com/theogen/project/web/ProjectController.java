package com.theogen.project.web;

import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.project.ProjectView;
import com.theogen.project.Projects;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final Projects projects;
    private final BlockingBridge blocking;

    ProjectController(Projects projects, BlockingBridge blocking) {
        this.projects = projects;
        this.blocking = blocking;
    }

    @Operation(operationId = "createProject", summary = "Create a research project")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ProjectView> create(
            @AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody ProjectRequests.Create request) {
        return blocking.call(() -> projects.create(user.id(), request.draft()));
    }

    @Operation(
            operationId = "listProjects",
            summary = "List the projects you are a member of, newest first, with your role and the members")
    @GetMapping
    Mono<PageResponse<ProjectView>> list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return blocking.call(() -> PageResponse.of(projects.list(user.id(), page, size), p -> p));
    }

    @Operation(
            operationId = "getProject",
            summary = "Read a project you are a member of, with your role and the members")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/{projectId}")
    Mono<ProjectView> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> projects.get(user.id(), projectId));
    }

    @Operation(operationId = "updateProject", summary = "Change some fields of a project")
    @ProjectScoped(ProjectRole.OWNER)
    @PatchMapping("/{projectId}")
    Mono<ProjectView> update(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody ProjectRequests.Update request) {
        return blocking.call(() -> projects.update(user.id(), projectId, request.draft()));
    }

    @Operation(operationId = "deleteProject", summary = "Delete a project and everything in it")
    @ProjectScoped(ProjectRole.OWNER)
    @DeleteMapping("/{projectId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.run(() -> projects.delete(user.id(), projectId));
    }
}
