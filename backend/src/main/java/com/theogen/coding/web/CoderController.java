package com.theogen.coding.web;

import com.theogen.coding.AgreementRequest;
import com.theogen.coding.AgreementResult;
import com.theogen.coding.CoderAgreement;
import com.theogen.coding.Coders;
import com.theogen.coding.Coders.CoderView;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class CoderController {

    private final Coders coders;
    private final CoderAgreement agreement;
    private final BlockingBridge blocking;

    CoderController(Coders coders, CoderAgreement agreement, BlockingBridge blocking) {
        this.coders = coders;
        this.agreement = agreement;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "listCoders",
            summary = "The project's coders (members, imported coders, models, the offline analyst) with their counts;"
                    + " their ids are what the coder filters take")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/coders")
    Mono<List<CoderView>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> coders.list(user.id(), projectId));
    }

    @Operation(
            operationId = "computeAgreement",
            summary = "Inter-coder agreement of two coders, code by code: counts, prevalence, observed agreement,"
                    + " Cohen's κ, Krippendorff's α (and α_u for unit=character), Gwet's AC1, and the disagreements",
            description = "Units are the participants' fragments (interviewer turns only with include_interviewer),"
                    + " or their characters. Codes are sorted by κ ascending, undefined κ last; an undefined figure"
                    + " is null with undefined_reason NO_UNITS or NO_VARIATION (docs/adr/024). 400 UNKNOWN_CODER,"
                    + " SAME_CODER, INVALID_UNIT, UNKNOWN_INTERVIEW or UNKNOWN_CODE for a request the project cannot"
                    + " answer.")
    @ProjectScoped(ProjectRole.VIEWER)
    @PostMapping("/api/projects/{projectId}/agreement")
    Mono<AgreementResult> compare(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody AgreementRequest body) {
        return blocking.call(() -> agreement.compare(user.id(), projectId, body));
    }
}
