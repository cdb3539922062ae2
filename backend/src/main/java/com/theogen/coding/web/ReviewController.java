package com.theogen.coding.web;

import com.theogen.coding.ApplicationReview;
import com.theogen.coding.ApplicationReview.BulkOutcome;
import com.theogen.coding.ApplicationReview.ReviewChange;
import com.theogen.coding.ApplicationReview.ReviewItem;
import com.theogen.coding.ApplicationReview.ReviewQuery;
import com.theogen.coding.ApplicationReview.ReviewQueue;
import com.theogen.coding.ApplicationReview.ReviewState;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The review queue for machine coding (docs/adr/031). */
@Tag(name = "Coding")
@RestController
class ReviewController {

    /** One review: a state and/or another code and/or a new span (both offsets; the quote, if sent, is checked). */
    record Review(
            @Schema(allowableValues = {"pending", "accepted", "rejected"}) String state,
            UUID codeId,
            Integer quoteStart,
            Integer quoteEnd,
            @Size(max = 100_000) String quote) {}

    /** The same state and/or code for up to 500 applications of the project: all of them or none. */
    record BulkReview(
            @NotNull @Size(min = 1, max = 500) List<@NotNull UUID> applicationIds,
            @Schema(allowableValues = {"pending", "accepted", "rejected"}) String state,
            UUID codeId) {}

    private final ApplicationReview review;
    private final BlockingBridge blocking;

    ReviewController(ApplicationReview review, BlockingBridge blocking) {
        this.review = review;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "listReview",
            summary = "Machine coding to review (a model's or the offline analyst's applications), in transcript order,"
                    + " with counts per state; state=pending (default)|accepted|rejected|all")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/review")
    Mono<ReviewQueue> queue(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(required = false) String state,
            @Parameter(description = "coder ids (repeat for several)") @RequestParam(required = false) List<UUID> coder,
            @RequestParam(required = false) UUID code,
            @RequestParam(required = false) UUID interview,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReviewState filter = state == null || state.isBlank()
                ? ReviewState.PENDING
                : "all".equalsIgnoreCase(state.strip()) ? null : ReviewState.fromCode(state);
        return blocking.call(
                () -> review.queue(user.id(), projectId, new ReviewQuery(filter, coder, code, interview, page, size)));
    }

    @Operation(
            operationId = "reviewApplication",
            summary = "Accept, reject, re-open, move to another code or adjust the span of one machine application;"
                    + " a new code or span without a state accepts it")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/code-applications/{applicationId}/review")
    Mono<ReviewItem> reviewOne(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID applicationId,
            @Valid @RequestBody Review body) {
        return blocking.call(() -> review.review(
                user.id(),
                applicationId,
                new ReviewChange(
                        state(body.state()), body.codeId(), body.quoteStart(), body.quoteEnd(), body.quote())));
    }

    @Operation(
            operationId = "reviewApplications",
            summary = "Accept, reject or move to another code up to 500 machine applications at once: all or none")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/review")
    Mono<BulkOutcome> reviewMany(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody BulkReview body) {
        return blocking.call(() -> review.reviewAll(
                user.id(),
                projectId,
                body.applicationIds(),
                new ReviewChange(state(body.state()), body.codeId(), null, null, null)));
    }

    private static ReviewState state(String state) {
        return state == null ? null : ReviewState.fromCode(state);
    }
}
