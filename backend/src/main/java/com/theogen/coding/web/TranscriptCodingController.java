package com.theogen.coding.web;

import com.theogen.coding.CodingCoverage;
import com.theogen.coding.CodingCoverage.Coverage;
import com.theogen.coding.TranscriptCoding;
import com.theogen.coding.TranscriptCoding.SpanView;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class TranscriptCodingController {

    private final TranscriptCoding transcript;
    private final CodingCoverage coverage;
    private final BlockingBridge blocking;

    TranscriptCodingController(TranscriptCoding transcript, CodingCoverage coverage, BlockingBridge blocking) {
        this.transcript = transcript;
        this.coverage = coverage;
        this.blocking = blocking;
    }

    /** The interview's coded spans: what the transcript paints and labels in its margin. */
    record InterviewApplications(UUID interviewId, List<SpanView> applications) {}

    @Operation(
            operationId = "listInterviewApplications",
            summary = "Every code application of an interview with its code's label and colour and its coder's name"
                    + " and kind, in fragment order")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}/code-applications")
    Mono<InterviewApplications> applications(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @Parameter(description = "coder ids (repeat for several); everyone when absent")
                    @RequestParam(required = false)
                    List<UUID> coder) {
        return blocking.call(() -> new InterviewApplications(
                interviewId, transcript.applications(user.id(), interviewId, coder == null ? List.of() : coder)));
    }

    @Operation(
            operationId = "getCoverage",
            summary = "Per interview and project: participant fragments coded, not relevant, not yet examined")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/coverage")
    Mono<Coverage> coverage(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "coder ids (repeat for several); everyone when absent")
                    @RequestParam(required = false)
                    List<UUID> coder) {
        return blocking.call(() -> coverage.coverage(user.id(), projectId, coder == null ? List.of() : coder));
    }

    @Operation(
            operationId = "getCodingState",
            summary = "Where each fragment of an interview stands: coded, not_relevant, examined, unexamined or"
                    + " interviewer, in transcript order")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}/coding-state")
    Mono<CodingRequests.InterviewCodingState> states(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @Parameter(description = "coder ids (repeat for several); everyone when absent")
                    @RequestParam(required = false)
                    List<UUID> coder) {
        return blocking.call(() -> new CodingRequests.InterviewCodingState(
                interviewId, coverage.states(user.id(), interviewId, coder == null ? List.of() : coder)));
    }

    @Operation(operationId = "setRelevance", summary = "Mark a fragment not relevant, or clear the mark")
    @ProjectScoped(ProjectRole.CODER)
    @PutMapping("/api/fragments/{fragmentId}/relevance")
    Mono<CodingRequests.RelevanceState> relevance(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID fragmentId,
            @Valid @RequestBody CodingRequests.Relevance body) {
        return blocking.call(() -> new CodingRequests.RelevanceState(
                fragmentId, coverage.setNotRelevant(user.id(), fragmentId, body.notRelevant())));
    }
}
