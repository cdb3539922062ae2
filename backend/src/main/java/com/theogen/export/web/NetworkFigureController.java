package com.theogen.export.web;

import com.theogen.export.NetworkFigure;
import com.theogen.export.TheoryNetworks;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Exports")
@RestController
class NetworkFigureController {

    private final TheoryNetworks networks;
    private final BlockingBridge blocking;

    NetworkFigureController(TheoryNetworks networks, BlockingBridge blocking) {
        this.networks = networks;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "getNetworkLayout",
            summary = "The theory's category network as the exports lay it out",
            description = "Node positions, radii and wrapped labels from the layout engine of the PNG, PDF, DOCX "
                    + "and PPTX figures, in the infographic's network frame (pixels from its top-left corner).")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/theories/{theoryId}/network-layout")
    Mono<NetworkFigure> layout(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID theoryId) {
        return blocking.call(() -> networks.figure(user.id(), projectId, theoryId));
    }
}
