package com.theogen.coding.web;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.CodebookError;
import com.theogen.coding.Coders;
import com.theogen.interview.Interviews;
import com.theogen.job.JobProperties;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.JobView;
import com.theogen.job.Jobs;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmClient;
import com.theogen.llm.RunKeys;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
@RequestMapping("/api/projects/{projectId}/auto-code")
class AutoCodeController {

    static final String KIND = "auto_code";

    private final Jobs jobs;
    private final LlmClient llm;
    private final RunKeys keys;
    private final Interviews interviews;
    private final ProjectAccess projects;
    private final JobProperties jobProperties;
    private final BlockingBridge blocking;
    private final AutoCoding coding;
    private final Coders coders;

    AutoCodeController(
            Jobs jobs,
            LlmClient llm,
            RunKeys keys,
            Interviews interviews,
            ProjectAccess projects,
            JobProperties jobProperties,
            BlockingBridge blocking,
            AutoCoding coding,
            Coders coders) {
        this.jobs = jobs;
        this.llm = llm;
        this.keys = keys;
        this.interviews = interviews;
        this.projects = projects;
        this.jobProperties = jobProperties;
        this.blocking = blocking;
        this.coding = coding;
        this.coders = coders;
    }

    /**
     * Body of an auto-code request; every field optional. {@code mode}: {@code open} (default: open coding, then
     * axial grouping) or {@code codebook} (apply the existing codes, docs/adr/026), which reads {@code code_ids}
     * and {@code interview_ids} (null or empty: all).
     */
    record AutoCodeRequest(
            UUID interviewId,
            Boolean recode,
            @Schema(allowableValues = {"open", "codebook"}) String mode,
            @Size(max = 2000) List<@NotNull UUID> codeIds,
            @Size(max = 2000) List<@NotNull UUID> interviewIds) {}

    /** The two coders whose agreement a codebook run invites checking: a person (a) and the machine coder (b). */
    record CompareWith(UUID coderA, UUID coderB) {}

    /**
     * The polling view of an auto-code job (the fields of the generic job status). Once it completed: fragments
     * coded, fragments skipped because their batch failed (left uncoded for the next run), failed batches, and for a
     * partial failure {@code degraded: true} with the failed batches' error code as {@code warning_code}.
     */
    record AutoCodeStatus(
            UUID taskId,
            String kind,
            String status,
            @Nullable String step,
            int progress,
            @Nullable String errorCode,
            @Nullable String error,
            @Nullable Integer nextPollSeconds,
            boolean degraded,
            int attempt,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Integer codedFragments,
            @Nullable Integer skippedFragments,
            @Nullable Integer failedBatches,
            @Nullable String warningCode,
            @Nullable Boolean reused,
            Map<String, Integer> outcome,
            @Nullable Integer codesWithoutDefinition,
            @Nullable CompareWith compareWith) {}

    @Operation(
            operationId = "startAutoCode",
            summary = "Auto-code the project (or one interview) as a job: open coding, then axial grouping."
                    + " Only uncoded fragments unless recode is true. mode=codebook applies the existing codes"
                    + " (code_ids, interview_ids) in the machine coder's layer instead. Optional X-LLM-Api-Key"
                    + " header.",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "Job accepted, or the caller's active job returned (reused=true)"))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping
    Mono<ResponseEntity<AutoCodeStatus>> start(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestHeader(name = ByoKey.HEADER, required = false) String keyHeader,
            @Valid @RequestBody(required = false) AutoCodeRequest body) {
        AutoCodeRequest request = body == null ? new AutoCodeRequest(null, false, null, null, null) : body;
        return blocking.call(() -> {
            projects.require(projectId, user.id(), ProjectRole.CODER);
            boolean codebook = codebookMode(request.mode());
            Optional<ByoKey> key = ByoKey.fromHeader(keyHeader);
            llm.access(key);
            Map<String, Object> params = new HashMap<>();
            if (codebook) {
                coding.requireCodebook(projectId, request.codeIds());
                List<UUID> interviewIds = request.interviewIds() == null ? List.of() : request.interviewIds();
                for (UUID interviewId : interviewIds) {
                    requireInterview(user, projectId, interviewId);
                }
                params.put("mode", "codebook");
                params.put(
                        "code_ids",
                        request.codeIds() == null
                                ? List.of()
                                : request.codeIds().stream()
                                        .distinct()
                                        .map(UUID::toString)
                                        .toList());
                params.put(
                        "interview_ids",
                        interviewIds.stream().distinct().map(UUID::toString).toList());
            }
            if (request.interviewId() != null) {
                requireInterview(user, projectId, request.interviewId());
            }
            if (request.interviewId() != null) {
                params.put("interview_id", request.interviewId().toString());
            }
            params.put("recode", Boolean.TRUE.equals(request.recode()));
            params.put("byo_key", key.isPresent());
            JobSubmission submission = jobs.submit(new JobRequest(projectId, user.id(), KIND, params));
            keys.handOver(submission.job().id(), submission.reused(), key);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(submission.job(), submission.reused()));
        });
    }

    @Operation(
            operationId = "getAutoCodeStatus",
            summary = "Status of an auto-code job (alias of GET /api/projects/{id}/jobs/{task_id})")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/status/{taskId}")
    Mono<AutoCodeStatus> status(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, @PathVariable UUID taskId) {
        return blocking.call(() -> {
            JobView job = jobs.get(projectId, taskId, user.id());
            if (!KIND.equals(job.kind())) {
                throw DomainException.notFound("Auto-code job");
            }
            return status(job, null, compareWith(job, user.id()));
        });
    }

    private void requireInterview(AuthenticatedUser user, UUID projectId, UUID interviewId) {
        if (!interviews.get(user.id(), interviewId).summary().projectId().equals(projectId)) {
            throw DomainException.notFound("Interview");
        }
    }

    private static boolean codebookMode(String mode) {
        if (mode == null || mode.isBlank() || mode.strip().equalsIgnoreCase("open")) {
            return false;
        }
        if (mode.strip().equalsIgnoreCase("codebook")) {
            return true;
        }
        throw new DomainException(CodebookError.INVALID_MODE, "mode must be 'open' or 'codebook'");
    }

    /**
     * After a completed codebook run (its result is the machine coder) in a project with a person who codes: that
     * person (the one with most applications) as coder a and the machine coder as b.
     */
    private CompareWith compareWith(JobView job, UUID userId) {
        if (job.resultId() == null || !job.outcome().containsKey("codebook_codes")) {
            return null;
        }
        return coders.list(userId, job.projectId()).stream()
                .filter(c -> !c.kind().machine() && c.applications() > 0)
                .max(java.util.Comparator.comparingInt(Coders.CoderView::applications))
                .map(c -> new CompareWith(c.id(), job.resultId()))
                .orElse(null);
    }

    private AutoCodeStatus status(JobView job, Boolean reused) {
        return status(job, reused, null);
    }

    private AutoCodeStatus status(JobView job, Boolean reused, CompareWith compareWith) {
        return new AutoCodeStatus(
                job.id(),
                job.kind(),
                job.status().code(),
                job.step(),
                job.progress(),
                job.errorCode(),
                job.error(),
                jobProperties.nextPollSeconds(job.status()),
                job.degraded(),
                job.attempt(),
                job.createdAt(),
                job.updatedAt(),
                job.outcome().get("coded_fragments"),
                job.outcome().get("skipped_fragments"),
                job.outcome().get("failed_batches"),
                job.warningCode(),
                reused,
                job.outcome(),
                job.outcome().get("codes_without_definition"),
                compareWith);
    }
}
