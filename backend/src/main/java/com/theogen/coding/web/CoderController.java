package com.theogen.coding.web;

import com.theogen.coding.Coders;
import com.theogen.coding.Coders.CoderView;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class CoderController {

    private final Coders coders;
    private final BlockingBridge blocking;

    CoderController(Coders coders, BlockingBridge blocking) {
        this.coders = coders;
        this.blocking = blocking;
    }

    @Operation(
            summary = "The project's coders (members, imported coders, models, the offline analyst) with their counts;"
                    + " their ids are what the coder filters take")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/coders")
    Mono<List<CoderView>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> coders.list(user.id(), projectId));
    }
}
