package com.theogen.demo.web;

import com.theogen.demo.DemoProjects;
import com.theogen.project.ProjectView;
import com.theogen.security.AuthenticatedUser;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/demo-project")
class DemoProjectController {

    private final DemoProjects demos;
    private final BlockingBridge blocking;

    DemoProjectController(DemoProjects demos, BlockingBridge blocking) {
        this.demos = demos;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "createDemoProject",
            summary = "Create your copy of the demo project",
            description = "Eight interviews about working caregivers, in Spanish and English. 409 "
                    + "DEMO_PROJECT_EXISTS while you still have one: delete it first for a fresh copy.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ProjectView> create(@AuthenticationPrincipal AuthenticatedUser user) {
        return blocking.call(() -> demos.create(user.id()));
    }

    @Operation(operationId = "getDemoProject", summary = "Your copy of the demo project (404 when you have none)")
    @GetMapping
    Mono<ProjectView> get(@AuthenticationPrincipal AuthenticatedUser user) {
        return blocking.call(() -> demos.find(user.id()).orElseThrow(() -> DomainException.notFound("Demo project")));
    }
}
