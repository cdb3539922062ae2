package com.theogen.exchange.web;

import com.theogen.exchange.ExchangeError;
import com.theogen.exchange.ExchangeFormat;
import com.theogen.exchange.ExchangeProperties;
import com.theogen.exchange.ImportSummary;
import com.theogen.exchange.ProjectExchange;
import com.theogen.exchange.ProjectExchange.ImportAccepted;
import com.theogen.job.JobProperties;
import com.theogen.job.JobStatus;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.shared.DomainException;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Exchange")
@RestController
class ExchangeController {

    private final ProjectExchange exchange;
    private final ProjectAccess projects;
    private final ExchangeProperties limits;
    private final JobProperties jobProperties;
    private final BlockingBridge blocking;

    ExchangeController(
            ProjectExchange exchange,
            ProjectAccess projects,
            ExchangeProperties limits,
            JobProperties jobProperties,
            BlockingBridge blocking) {
        this.exchange = exchange;
        this.projects = projects;
        this.limits = limits;
        this.jobProperties = jobProperties;
        this.blocking = blocking;
    }

    /** An accepted import: poll the job at {@code status_url}; {@code summary} says what the file holds. */
    record ImportResponse(
            UUID taskId,
            String kind,
            JobStatus status,
            int progress,
            @Nullable Integer nextPollSeconds,
            boolean reused,
            UUID projectId,
            String statusUrl,
            ImportSummary summary) {}

    @Operation(
            operationId = "importIntoProject",
            summary = "Import a REFI-QDA project (.qdpx) or codebook (.qdc) into this project",
            description = "The request body is the file itself (any content type), streamed to disk. The file is"
                    + " checked at once (4xx naming what is wrong: not a .qdpx, zip bomb, DOCTYPE, unsafe path,"
                    + " missing source, selection outside its source, unknown schema version, too large) and then"
                    + " imported by a job, all or nothing: 202 with task_id and a summary of what will be imported.",
            responses = @ApiResponse(responseCode = "202", description = "Checked; the import job is queued"))
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/import")
    Mono<ResponseEntity<ImportResponse>> importInto(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "qdpx or qdc") @RequestParam(required = false) String format,
            ServerHttpRequest request) {
        return Mono.fromCallable(() -> ExchangeFormat.fromCode(format))
                .flatMap(parsed -> blocking.run(() -> projects.require(projectId, user.id(), ProjectRole.CODER))
                        .then(receive(request))
                        .flatMap(upload ->
                                blocking.call(() -> exchange.importInto(user.id(), projectId, parsed, upload))))
                .map(this::accepted);
    }

    @Operation(
            operationId = "importAsNewProject",
            summary = "Create a project from a REFI-QDA file (.qdpx, or .qdc for a codebook only)",
            description = "Like POST /api/projects/{id}/import into a new project named `name` (default: the"
                    + " project name in the file). The file is checked before the project is created.",
            responses = @ApiResponse(responseCode = "202", description = "Checked; project created, import job queued"))
    @PostMapping("/api/projects/import")
    Mono<ResponseEntity<ImportResponse>> importAsNewProject(
            @AuthenticationPrincipal AuthenticatedUser user,
            @Parameter(description = "qdpx or qdc") @RequestParam(required = false) String format,
            @RequestParam(required = false) String name,
            ServerHttpRequest request) {
        return Mono.fromCallable(() -> ExchangeFormat.fromCode(format))
                .flatMap(parsed -> receive(request)
                        .flatMap(upload ->
                                blocking.call(() -> exchange.importAsNewProject(user.id(), parsed, upload, name))))
                .map(this::accepted);
    }

    @Operation(
            operationId = "exportProject",
            summary = "Export the project as REFI-QDA: format=qdpx (project with sources, codes, every coder's"
                    + " coding, memos, cases) or qdc (the codebook)")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/export")
    Mono<Void> export(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "qdpx or qdc") @RequestParam(required = false) String format,
            ServerHttpResponse response) {
        return Mono.fromCallable(() -> ExchangeFormat.fromCode(format))
                .flatMap(parsed -> blocking.call(() -> exchange.export(user.id(), projectId, parsed)))
                .flatMap(file -> {
                    response.setStatusCode(HttpStatus.OK);
                    HttpHeaders headers = response.getHeaders();
                    headers.setContentType(MediaType.parseMediaType(file.contentType()));
                    headers.setContentLength(file.size());
                    headers.setContentDisposition(ContentDisposition.attachment()
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build());
                    headers.setCacheControl("private, max-age=0, must-revalidate");
                    Flux<DataBuffer> body = DataBufferUtils.read(file.path(), response.bufferFactory(), 64 * 1024)
                            .doFinally(signal -> exchange.discard(file.path()));
                    return response.writeWith(body);
                });
    }

    /** Streams the request body into a staged file, refusing it past the upload limit. */
    private Mono<Path> receive(ServerHttpRequest request) {
        long max = limits.maxUploadSize().toBytes();
        if (request.getHeaders().getContentLength() > max) {
            return Mono.error(tooLarge(max));
        }
        return blocking.call(exchange::newUpload).flatMap(upload -> {
            AtomicLong size = new AtomicLong();
            Flux<DataBuffer> counted = request.getBody().handle((buffer, sink) -> {
                if (size.addAndGet(buffer.readableByteCount()) > max) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(max));
                } else {
                    sink.next(buffer);
                }
            });
            return DataBufferUtils.write(counted, upload)
                    .then(Mono.just(upload))
                    .onErrorResume(
                            e -> blocking.run(() -> exchange.discard(upload)).then(Mono.error(e)));
        });
    }

    private ResponseEntity<ImportResponse> accepted(ImportAccepted accepted) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ImportResponse(
                        accepted.job().id(),
                        accepted.job().kind(),
                        accepted.job().status(),
                        accepted.job().progress(),
                        jobProperties.nextPollSeconds(accepted.job().status()),
                        accepted.reused(),
                        accepted.projectId(),
                        accepted.job().statusUrl(),
                        accepted.summary()));
    }

    private static DomainException tooLarge(long max) {
        return new DomainException(
                ExchangeError.IMPORT_TOO_LARGE,
                "the file is larger than the import limit of " + (max >> 20) + " MB",
                Map.of("max_bytes", max));
    }
}
