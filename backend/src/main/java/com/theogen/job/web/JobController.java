package com.theogen.job.web;

import com.theogen.job.JobProperties;
import com.theogen.job.JobView;
import com.theogen.job.Jobs;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.StatusResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Jobs")
@RestController
@RequestMapping("/api/projects/{projectId}/jobs")
class JobController {

    private static final Duration STREAM_TICK = Duration.ofMillis(500);

    private final Jobs jobs;
    private final BlockingBridge blocking;
    private final JobProperties properties;

    JobController(Jobs jobs, BlockingBridge blocking, JobProperties properties) {
        this.jobs = jobs;
        this.blocking = blocking;
        this.properties = properties;
    }

    @Operation(operationId = "listJobs", summary = "The project's recent jobs (auto-coding, theory runs), newest first")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping
    Mono<List<JobStatusResponse>> recent(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return blocking.call(() -> jobs.recent(projectId, user.id(), limit).stream()
                .map(this::status)
                .toList());
    }

    @Operation(
            operationId = "getJob",
            summary = "Status of one job: step, progress, error, result",
            description = "Carries a weak ETag: send it back in If-None-Match and an unchanged status is answered"
                    + " 304 without a body. To follow a job, prefer the event stream (GET …/events).")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/{jobId}")
    Mono<ResponseEntity<JobStatusResponse>> get(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID jobId) {
        return blocking.call(() -> jobs.get(projectId, jobId, user.id()))
                .map(job -> StatusResponses.tagged(job.etag(), status(job)));
    }

    @Operation(operationId = "cancelJob", summary = "Cancel a job (idempotent)")
    @ProjectScoped(
            value = ProjectRole.VIEWER,
            forbiddenWhen = "the job was submitted by another member: only they or the owner may cancel it")
    @PostMapping("/{jobId}/cancel")
    Mono<JobStatusResponse> cancel(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID jobId) {
        return blocking.call(() -> status(jobs.cancel(projectId, jobId, user.id())));
    }

    @Operation(operationId = "streamJobEvents", summary = "Server-sent events with the job's status until it ends")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping(path = "/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<JobStatusResponse>> events(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID jobId) {
        return blocking.call(() -> jobs.get(projectId, jobId, user.id()))
                .flatMapMany(first -> Flux.interval(Duration.ZERO, STREAM_TICK)
                        .concatMap(tick -> blocking.call(() -> jobs.get(projectId, jobId, user.id())))
                        .distinctUntilChanged(JobView::updatedAt)
                        .takeUntil(job -> job.status().isTerminal()))
                .map(job -> ServerSentEvent.builder(status(job))
                        .event(job.status().code())
                        .id(String.valueOf(job.updatedAt().toEpochMilli()))
                        .build());
    }

    private JobStatusResponse status(JobView job) {
        return JobStatusResponse.of(job, properties, null);
    }
}
