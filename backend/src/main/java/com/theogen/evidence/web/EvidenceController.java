package com.theogen.evidence.web;

import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.IndexProgress;
import com.theogen.evidence.InterviewerTurns;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.interview.AttributeFilter;
import com.theogen.interview.AttributeFilterQuery;
import com.theogen.interview.InterviewAttributes;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.job.JobProperties;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.Jobs;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Evidence")
@RestController
class EvidenceController {

    static final int MAX_QUERY_CHARS = 1000;

    private final Evidence evidence;
    private final ProjectAccess projects;
    private final InterviewFragments interviews;
    private final Jobs jobs;
    private final JobProperties jobProperties;
    private final BlockingBridge blocking;
    private final IndexProgress sync;
    private final InterviewAttributes attributes;
    private final InterviewerTurns interviewerTurns;

    EvidenceController(
            Evidence evidence,
            ProjectAccess projects,
            InterviewFragments interviews,
            Jobs jobs,
            JobProperties jobProperties,
            BlockingBridge blocking,
            IndexProgress sync,
            InterviewAttributes attributes,
            InterviewerTurns interviewerTurns) {
        this.attributes = attributes;
        this.evidence = evidence;
        this.projects = projects;
        this.interviews = interviews;
        this.jobs = jobs;
        this.jobProperties = jobProperties;
        this.blocking = blocking;
        this.sync = sync;
        this.interviewerTurns = interviewerTurns;
    }

    @AttributeFilterQuery
    @Operation(
            operationId = "searchProject",
            summary = "Semantic + lexical search over the project's fragments",
            description = "Hybrid search (embeddings and language-aware words) with optional filters; each hit has "
                    + "the character ranges of the query's words in its text. Fragments of an interview still being "
                    + "indexed after upload appear once indexing finishes. degraded/missing_sources say when a store "
                    + "did not answer. exclude_interviewer=true leaves out the interviewer's turns (as coding detects "
                    + "them); each hit lists the ids of the codes applied to it (code_ids).")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/search")
    Mono<SearchResponse> search(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) UUID category,
            @RequestParam(required = false) UUID interview,
            @RequestParam(name = "exclude_interviewer", defaultValue = "false") boolean excludeInterviewer,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            ServerHttpRequest request) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return Mono.error(DomainException.invalid("QUERY_REQUIRED", "q must contain the words to search for"));
        }
        if (text.length() > MAX_QUERY_CHARS) {
            return Mono.error(
                    DomainException.invalid("QUERY_TOO_LONG", "q must be at most " + MAX_QUERY_CHARS + " characters"));
        }
        // Interviewer turns are left out after the search, so it asks for more hits to still fill the limit.
        int asked = excludeInterviewer ? Math.min(SearchQuery.MAX_TOP_K, limit * 3) : limit;
        SearchQuery query = SearchQuery.of(projectId, text, asked)
                .withSpeaker(speaker == null || speaker.isBlank() ? null : speaker.strip())
                .withCategory(category)
                .withInterview(interview);
        return blocking.call(() -> {
            projects.require(projectId, user.id(), ProjectRole.VIEWER);
            AttributeFilter filter = AttributeFilter.fromQuery(request.getQueryParams());
            EvidenceResult<List<ScoredFragment>> found = filter.isEmpty()
                    ? evidence.search(query)
                    : byAttributes(query, attributes.matching(projectId, filter), asked);
            return respond(projectId, found, excludeInterviewer, limit);
        });
    }

    @Operation(
            operationId = "resyncEvidence",
            summary = "Rebuild the project's vector index and graph from PostgreSQL (202 + job)",
            description = "Runs as job kind evidence_resync; poll /api/projects/{id}/jobs/{task_id}. Use it after a "
                    + "store was wiped or restored, or after changing the embedding model.",
            responses = @ApiResponse(responseCode = "202", description = "Resync job accepted"))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/evidence/resync")
    Mono<ResponseEntity<ResyncResponse>> resync(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> {
            JobSubmission submission = jobs.submit(new JobRequest(projectId, user.id(), Evidence.RESYNC_JOB, Map.of()));
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(submission.accepted(jobProperties, ResyncResponse::new));
        });
    }

    /**
     * A search restricted to interviews that pass an attribute filter: one interview is an index filter; several
     * are searched together over the widest candidate list and then kept by interview, so a filter that keeps few
     * interviews of a large project may return fewer than {@code limit} hits.
     */
    private EvidenceResult<List<ScoredFragment>> byAttributes(SearchQuery query, Set<UUID> interviews, int limit) {
        if (interviews.isEmpty() || (query.interviewId() != null && !interviews.contains(query.interviewId()))) {
            return new EvidenceResult<>(List.of(), false, List.of());
        }
        if (query.interviewId() != null || interviews.size() == 1) {
            UUID only = query.interviewId() != null
                    ? query.interviewId()
                    : interviews.iterator().next();
            return evidence.search(query.withInterview(only));
        }
        SearchQuery wide = new SearchQuery(
                query.projectId(),
                query.text(),
                query.speaker(),
                query.categoryId(),
                null,
                query.codeId(),
                SearchQuery.MAX_TOP_K,
                query.minSimilarity());
        EvidenceResult<List<ScoredFragment>> result = evidence.search(wide);
        return new EvidenceResult<>(
                result.result().stream()
                        .filter(h -> interviews.contains(h.fragment().interviewId()))
                        .limit(limit)
                        .toList(),
                result.degraded(),
                result.missingSources());
    }

    /** Hits of interviews deleted meanwhile (their removal from the index may still be queued) are dropped. */
    private SearchResponse respond(
            UUID projectId, EvidenceResult<List<ScoredFragment>> result, boolean excludeInterviewer, int limit) {
        Map<UUID, InterviewSummary> current = interviews.interviewsOf(projectId).stream()
                .collect(Collectors.toMap(InterviewSummary::id, Function.identity()));
        List<ScoredFragment> found = result.result().stream()
                .filter(h -> current.containsKey(h.fragment().interviewId()))
                .toList();
        Set<UUID> interviewer = excludeInterviewer
                ? interviewerTurns.interviewerFragments(
                        found.stream().map(h -> h.fragment().interviewId()).collect(Collectors.toSet()))
                : Set.of();
        List<SearchResponse.Hit> hits = found.stream()
                .filter(h -> !interviewer.contains(h.fragment().fragmentId()))
                .limit(limit)
                .map(h -> hit(h, current.get(h.fragment().interviewId())))
                .toList();
        Map<UUID, String> states = sync.states(projectId);
        int indexed = 0;
        int failed = 0;
        for (UUID interview : current.keySet()) {
            String state = states.getOrDefault(interview, "pending");
            indexed += "indexed".equals(state) ? 1 : 0;
            failed += "failed".equals(state) ? 1 : 0;
        }
        SearchResponse.Index index =
                new SearchResponse.Index(current.size(), indexed, current.size() - indexed - failed, failed);
        return new SearchResponse(hits, result.degraded(), result.missingSources(), index);
    }

    private static SearchResponse.Hit hit(ScoredFragment scored, InterviewSummary interview) {
        var f = scored.fragment();
        String label =
                interview.participant() == null || interview.participant().isBlank()
                        ? interview.sourceFilename()
                        : interview.participant();
        return new SearchResponse.Hit(
                f.fragmentId(),
                f.interviewId(),
                label,
                f.speaker(),
                f.text(),
                scored.score(),
                scored.highlights().stream()
                        .map(s -> new SearchResponse.Span(s.start(), s.end()))
                        .toList(),
                f.codeIds());
    }
}
