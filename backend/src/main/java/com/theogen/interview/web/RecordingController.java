package com.theogen.interview.web;

import com.theogen.interview.InterviewProperties;
import com.theogen.interview.InterviewSummary;
import com.theogen.interview.MediaLink;
import com.theogen.interview.MediaProperties;
import com.theogen.interview.Recordings;
import com.theogen.interview.UploadError;
import com.theogen.llm.ByoKey;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Recordings")
@RestController
@Validated
class RecordingController {

    private final Recordings recordings;
    private final BlockingBridge blocking;
    private final InterviewProperties properties;
    private final MediaProperties media;

    RecordingController(
            Recordings recordings, BlockingBridge blocking, InterviewProperties properties, MediaProperties media) {
        this.recordings = recordings;
        this.blocking = blocking;
        this.properties = properties;
        this.media = media;
    }

    /** A speaker rename: every fragment of {@code from} becomes {@code to}. */
    record SpeakerRename(@NotNull @Size(max = 200) String from, @NotNull @Size(max = 200) String to) {}

    @Operation(
            operationId = "retryTranscription",
            summary = "Transcribe a recording again",
            description = "For a recording whose transcription failed (or that waits for a transcript once a "
                    + "provider is configured). Your own provider key in X-LLM-Api-Key is used for this job only.")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/interviews/{interviewId}/transcription/retry")
    Mono<InterviewSummary> retry(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @RequestHeader(name = ByoKey.HEADER, required = false) String keyHeader) {
        return blocking.call(() -> recordings.retry(user.id(), interviewId, ByoKey.fromHeader(keyHeader)));
    }

    /** The multipart form of a transcript attachment, for the OpenAPI description only. */
    record AttachForm(
            @Schema(
                            description = "one .vtt, .srt or .txt transcript",
                            format = "binary",
                            requiredMode = Schema.RequiredMode.REQUIRED)
                    String file) {}

    @Operation(
            operationId = "attachTranscript",
            summary = "Attach a transcript (.vtt .srt .txt) to a recording that waits for one",
            description = "Multipart with one 'file'; read like an uploaded transcript. The interview becomes ready.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = AttachForm.class))))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping(path = "/api/interviews/{interviewId}/transcript", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<InterviewSummary> attach(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, properties, media, recordings::stagingFile)
                .flatMap(received -> blocking.call(() -> {
                    MultipartUpload.ReceivedFile file = received.files().get(0);
                    if (received.files().size() != 1 || file.recording()) {
                        received.files().forEach(MultipartUpload::discard);
                        throw UploadError.UNSUPPORTED_FILE_TYPE.exception(
                                file.filename(), "attach exactly one transcript file (.vtt, .srt or .txt)");
                    }
                    if (file.tooLarge()) {
                        throw MultipartUpload.tooLarge(
                                file.filename(), properties.maxFileSize().toBytes());
                    }
                    return recordings.attachTranscript(user.id(), interviewId, file.filename(), file.content());
                }));
    }

    @Operation(
            operationId = "renameSpeaker",
            summary = "Rename a speaker across an interview (\"Speaker 1\" → \"Marta\")")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/interviews/{interviewId}/speakers/rename")
    Mono<InterviewSummary> rename(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID interviewId,
            @RequestBody @Validated SpeakerRename body) {
        return blocking.call(() -> recordings.renameSpeaker(user.id(), interviewId, body.from(), body.to()));
    }

    @Operation(
            operationId = "getMediaLink",
            summary = "A short-lived signed playback link for an interview's recording",
            description = "Media elements cannot send a bearer token: the link itself authorises reading this one "
                    + "recording (with range requests) until expires_at. Needs viewer access to the project.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/interviews/{interviewId}/media-link")
    Mono<MediaLink> link(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID interviewId) {
        return blocking.call(() -> recordings.link(user.id(), interviewId));
    }

    @Operation(
            operationId = "getFragmentClip",
            summary = "Where a fragment is spoken in its interview's recording, with a signed playback link",
            description = "What an evidence quote plays. 404 MEDIA_NOT_FOUND when the interview has no recording or "
                    + "the fragment has no times.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/fragments/{fragmentId}/clip")
    Mono<Recordings.FragmentClip> clip(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID fragmentId) {
        return blocking.call(() -> recordings.clip(user.id(), fragmentId));
    }

    @SecurityRequirements
    @Operation(
            operationId = "streamMedia",
            summary = "Stream a recording through a signed link (supports Range requests)",
            description = "Public path: the signature is the authorisation. 403 MEDIA_LINK_INVALID when it is wrong "
                    + "or expired; 206 with Content-Range for a Range request.")
    @GetMapping("/api/media/{interviewId}")
    Mono<ResponseEntity<Resource>> stream(
            @PathVariable UUID interviewId,
            @RequestParam long expires,
            @RequestParam @Size(max = 100) String signature) {
        return blocking.call(() -> {
            Recordings.PlayableMedia playable = recordings.playable(interviewId, expires, signature);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(playable.contentType()))
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.inline()
                                    .filename(playable.filename(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                    .body(new FileSystemResource(playable.file()));
        });
    }
}
