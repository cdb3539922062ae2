package com.theogen.coding.web;

import com.theogen.coding.MemoDrafting;
import com.theogen.coding.MemoError;
import com.theogen.job.JobProperties;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.Jobs;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.RunKeys;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class MemoDraftController {

    static final String KIND = "memo_draft";

    private final Jobs jobs;
    private final LlmClient llm;
    private final RunKeys keys;
    private final ProjectAccess projects;
    private final JobProperties jobProperties;
    private final BlockingBridge blocking;
    private final MemoDrafting drafting;

    MemoDraftController(
            Jobs jobs,
            LlmClient llm,
            RunKeys keys,
            ProjectAccess projects,
            JobProperties jobProperties,
            BlockingBridge blocking,
            MemoDrafting drafting) {
        this.jobs = jobs;
        this.llm = llm;
        this.keys = keys;
        this.projects = projects;
        this.jobProperties = jobProperties;
        this.blocking = blocking;
        this.drafting = drafting;
    }

    /** The codes and categories to draft a memo for; at least one, at most {@code theogen.memos.max-targets}. */
    record DraftMemosRequest(
            @Size(max = 2000) List<@NotNull UUID> codeIds, @Size(max = 2000) List<@NotNull UUID> categoryIds) {}

    /**
     * A drafting job accepted. Poll {@code statusUrl} for progress; its outcome counts memos drafted, replaced,
     * skipped and failed, and sentences kept and dropped for a citation that failed.
     */
    record DraftMemosResponse(
            UUID taskId,
            String kind,
            String status,
            @Nullable Integer nextPollSeconds,
            boolean reused,
            String statusUrl) {}

    @Operation(
            operationId = "draftMemos",
            summary = "Draft memos with the model for the named codes and categories, as a job (docs/adr/036)."
                    + " Every sentence cites fragments, verified like theory evidence; a model's earlier memo on"
                    + " the same code or category is replaced, a person's never. Optional X-LLM-Api-Key header.",
            responses =
                    @ApiResponse(
                            responseCode = "202",
                            description = "Job accepted, or the caller's active drafting job returned (reused=true)"))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/memos/draft")
    Mono<ResponseEntity<DraftMemosResponse>> draft(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestHeader(name = ByoKey.HEADER, required = false) String keyHeader,
            @Valid @RequestBody DraftMemosRequest body) {
        return blocking.call(() -> {
            projects.require(projectId, user.id(), ProjectRole.CODER);
            Optional<ByoKey> key = ByoKey.fromHeader(keyHeader);
            LlmAccess access = llm.access(key);
            if (!access.remote()) {
                throw new DomainException(
                        MemoError.MEMO_DRAFTING_NEEDS_MODEL,
                        "Drafting memos needs a language model; this server has none configured");
            }
            List<UUID> codes = body.codeIds() == null ? List.of() : body.codeIds();
            List<UUID> categories = body.categoryIds() == null ? List.of() : body.categoryIds();
            drafting.requireTargets(projectId, codes, categories);
            Map<String, Object> params = new HashMap<>();
            params.put("code_ids", codes.stream().distinct().map(UUID::toString).toList());
            params.put(
                    "category_ids",
                    categories.stream().distinct().map(UUID::toString).toList());
            params.put("byo_key", key.isPresent());
            JobSubmission submission = jobs.submit(new JobRequest(projectId, user.id(), KIND, params));
            keys.handOver(submission.job().id(), submission.reused(), key);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(submission.accepted(jobProperties, DraftMemosResponse::new));
        });
    }
}
