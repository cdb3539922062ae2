package com.theogen.theory.web;

import com.theogen.job.JobProperties;
import com.theogen.job.JobSubmission;
import com.theogen.llm.ByoKey;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.theory.Theories;
import com.theogen.theory.Theory;
import com.theogen.theory.TheoryRuns;
import com.theogen.theory.TheorySummary;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import com.theogen.web.StatusResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Theories")
@RestController
@RequestMapping("/api/projects/{projectId}")
class TheoryController {

    private final TheoryRuns runs;
    private final Theories theories;
    private final BlockingBridge blocking;
    private final JobProperties jobs;

    TheoryController(TheoryRuns runs, Theories theories, BlockingBridge blocking, JobProperties jobs) {
        this.runs = runs;
        this.theories = theories;
        this.blocking = blocking;
        this.jobs = jobs;
    }

    /** The body is optional and, when sent, must be an empty JSON object (no options exist yet). */
    record GenerateRequest() {}

    @Operation(
            operationId = "generateTheory",
            summary = "Start a theory run (202); the same user's active run is returned with reused=true",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "Run accepted, or the caller's active run returned (reused=true)"))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/generate-theory")
    Mono<ResponseEntity<TheoryResponses.Accepted>> generate(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestHeader(name = ByoKey.HEADER, required = false) String key,
            @RequestBody(required = false) Mono<GenerateRequest> body) {
        return body.map(b -> Boolean.TRUE)
                .defaultIfEmpty(Boolean.TRUE)
                .flatMap(ignored -> blocking.call(() -> runs.start(projectId, user.id(), ByoKey.fromHeader(key))))
                .map(this::accepted);
    }

    @Operation(
            operationId = "getTheoryRunStatus",
            summary = "Status of a theory run: step, progress, error, theory id",
            description = "Carries a weak ETag: send it back in If-None-Match and an unchanged status is answered"
                    + " 304 without a body. To follow a run, prefer the event stream"
                    + " (GET /api/projects/{projectId}/jobs/{taskId}/events).")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/generate-theory/status/{taskId}")
    Mono<ResponseEntity<TheoryResponses.Status>> status(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID taskId) {
        return blocking.call(() -> runs.status(projectId, taskId, user.id()))
                .map(job -> StatusResponses.tagged(job.etag(), TheoryResponses.Status.of(job, jobs)));
    }

    @Operation(operationId = "cancelTheoryRun", summary = "Cancel a theory run (idempotent)")
    @ProjectScoped(
            value = ProjectRole.VIEWER,
            forbiddenWhen = "the job was submitted by another member: only they or the owner may cancel it")
    @PostMapping("/generate-theory/cancel/{taskId}")
    Mono<TheoryResponses.Status> cancel(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID taskId) {
        return blocking.call(() -> TheoryResponses.Status.of(runs.cancel(projectId, taskId, user.id()), jobs));
    }

    @Operation(operationId = "listTheories", summary = "The project's theories, newest first")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/theories")
    Mono<PageResponse<TheorySummary>> history(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return blocking.call(() -> PageResponse.of(theories.history(projectId, user.id(), page, size), t -> t));
    }

    @Operation(
            operationId = "getTheory",
            summary = "One theory with paradigm, propositions, evidence, gaps, network and manifest")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/theories/{theoryId}")
    Mono<Theory> theory(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID theoryId) {
        return blocking.call(() -> theories.get(projectId, theoryId, user.id()));
    }

    private ResponseEntity<TheoryResponses.Accepted> accepted(JobSubmission submission) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new TheoryResponses.Accepted(
                        submission.job().id(),
                        submission.job().status(),
                        jobs.nextPollSeconds(submission.job().status()),
                        submission.reused()));
    }
}
