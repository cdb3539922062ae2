package com.theogen.interview.web;

import com.theogen.interview.FragmentQuery;
import com.theogen.interview.InterviewProperties;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.Interviews;
import com.theogen.interview.MediaProperties;
import com.theogen.interview.Recordings;
import com.theogen.llm.ByoKey;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Interviews")
@RestController
class InterviewController {

    private final Interviews interviews;
    private final ProjectAccess projects;
    private final BlockingBridge blocking;
    private final InterviewProperties properties;
    private final MediaProperties media;
    private final Recordings recordings;
    private final UploadOutcomes outcomes;

    InterviewController(
            Interviews interviews,
            Recordings recordings,
            ProjectAccess projects,
            BlockingBridge blocking,
            InterviewProperties properties,
            MediaProperties media) {
        this.interviews = interviews;
        this.recordings = recordings;
        this.projects = projects;
        this.blocking = blocking;
        this.properties = properties;
        this.media = media;
        this.outcomes = new UploadOutcomes(interviews, recordings, properties, media);
    }

    @Operation(
            operationId = "uploadInterview",
            summary = "Upload transcripts (.txt .md .docx .pdf .vtt .srt .json) or recordings (.mp3 .m4a .aac .wav"
                    + " .ogg .opus .webm .mp4)",
            description = "201 when every file was stored; 207 with per-file outcomes when only some were; a 4xx "
                    + "ProblemDetail naming the file when a single file is refused (UPLOAD_REJECTED with per-file "
                    + "outcomes when every file of several is refused). A recording is streamed to disk, probed by "
                    + "its content and stored at once as 'transcribing' (a transcription job runs; your own key in "
                    + "X-LLM-Api-Key is used for it only) or 'awaiting_transcript' (no provider: attach a transcript).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = UploadForm.class))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Every file was stored"),
                @ApiResponse(responseCode = "207", description = "Some files were stored; per-file outcomes")
            })
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping(path = "/api/projects/{projectId}/interviews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<InterviewResponses.Upload>> upload(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false)
                    Long contentLength,
            @RequestHeader(name = ByoKey.HEADER, required = false) String keyHeader,
            @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        long cap =
                properties.maxRequestSize().toBytes() + media.maxRequestSize().toBytes();
        if (contentLength != null && contentLength > cap) {
            return Mono.error(MultipartUpload.requestTooLarge(org.springframework.util.unit.DataSize.ofBytes(cap)));
        }
        return blocking.call(() -> {
                    projects.require(projectId, user.id(), ProjectRole.CODER);
                    return ByoKey.fromHeader(keyHeader);
                })
                .flatMap(key -> MultipartUpload.read(parts, properties, media, recordings::stagingFile)
                        .flatMap(received -> blocking.call(() -> outcomes.store(user.id(), projectId, received, key))));
    }

    @Operation(operationId = "listInterviews", summary = "List a project's interviews in upload order")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/interviews")
    Mono<PageResponse<InterviewSummary>> list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return blocking.call(() -> PageResponse.of(interviews.list(user.id(), projectId, page, size), i -> i));
    }

    @Operation(operationId = "getInterview", summary = "Read one interview with its normalised full text")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}")
    Mono<InterviewResponses.Interview> get(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID interviewId) {
        return blocking.call(() -> InterviewResponses.Interview.of(interviews.get(user.id(), interviewId)));
    }

    @Operation(
            operationId = "listFragments",
            summary = "Read an interview fragment by fragment",
            description = "Paged, in order. 'speaker' keeps one speaker's fragments (case-insensitive); 'q' keeps "
                    + "fragments containing every word of the query, ignoring case and accents, and highlights them.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}/fragments")
    Mono<PageResponse<InterviewResponses.Fragment>> fragments(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestParam(required = false) @Size(max = 200) String speaker,
            @RequestParam(required = false) @Size(max = 200) String q) {
        FragmentQuery query = new FragmentQuery(speaker, q, page, size);
        return blocking.call(() ->
                PageResponse.of(interviews.fragments(user.id(), interviewId, query), InterviewResponses.Fragment::of));
    }

    @Operation(
            operationId = "updateInterview",
            summary = "Correct the language an interview is spoken in",
            description = "spoken_language is en, es, fr, de, pt, it or und (undetermined); detection never overwrites "
                    + "it again. 'auto' returns to the detected language. The offline analyst analyses the interview "
                    + "in this language; a project created without a language follows its interviews' majority. "
                    + "400 UNSUPPORTED_SPOKEN_LANGUAGE for anything else.")
    @ProjectScoped(ProjectRole.CODER)
    @PatchMapping("/api/interviews/{interviewId}")
    Mono<InterviewSummary> update(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @RequestBody InterviewPatch patch) {
        return blocking.call(() -> interviews.setSpokenLanguage(user.id(), interviewId, patch.spokenLanguage()));
    }

    /** The fields of an interview a researcher may change. */
    record InterviewPatch(
            @Schema(
                            description = "the language the interview is spoken in, or auto",
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            allowableValues = {"en", "es", "fr", "de", "pt", "it", "und", "auto"})
                    String spokenLanguage) {}

    @Operation(
            operationId = "deleteInterview",
            summary = "Delete an interview, its fragments and everything derived from them")
    @ProjectScoped(ProjectRole.OWNER)
    @DeleteMapping("/api/interviews/{interviewId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID interviewId) {
        return blocking.run(() -> interviews.delete(user.id(), interviewId));
    }

    /** The multipart form, for the OpenAPI description only. */
    record UploadForm(
            @Schema(
                            description = "one or more transcript files",
                            type = "array",
                            format = "binary",
                            requiredMode = Schema.RequiredMode.REQUIRED)
                    String[] files,
            @Schema(description = "participant pseudonym; defaults to the file name without extension")
                    String participant,
            @Schema(
                            description = "es or en; detected from the text when absent",
                            allowableValues = {"es", "en"})
                    String language) {}
}
