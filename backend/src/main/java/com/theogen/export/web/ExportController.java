package com.theogen.export.web;

import com.theogen.export.ExportFile;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportStatus;
import com.theogen.export.TheoryExports;
import com.theogen.job.JobProperties;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Exports")
@RestController
class ExportController {

    private final TheoryExports exports;
    private final BlockingBridge blocking;
    private final JobProperties jobProperties;

    ExportController(TheoryExports exports, BlockingBridge blocking, JobProperties jobProperties) {
        this.exports = exports;
        this.blocking = blocking;
        this.jobProperties = jobProperties;
    }

    @Operation(
            operationId = "exportTheory",
            summary = "Export a saved theory as PDF, PowerPoint, Excel or a PNG infographic",
            description = "200 with the export (status ready, download_url) when the file exists or was rendered "
                    + "inside the request; 202 with status pending and task_id when a large report renders as a "
                    + "job. The file is kept per theory and format and reused. 400 UNSUPPORTED_FORMAT lists the "
                    + "formats.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The file is ready (status ready, download_url)"),
                @ApiResponse(responseCode = "202", description = "The file renders as a job (status pending, task_id)")
            })
    @ProjectScoped(ProjectRole.VIEWER)
    @PostMapping("/api/projects/{projectId}/theories/{theoryId}/export")
    Mono<ResponseEntity<ExportResponse>> export(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID theoryId,
            @Parameter(description = "pdf, pptx, xlsx or png") @RequestParam(required = false) String format) {
        return Mono.fromCallable(() -> ExportFormat.fromCode(format))
                .flatMap(parsed -> blocking.call(() -> exports.request(user.id(), projectId, theoryId, parsed)))
                .map(view -> ResponseEntity.status(
                                view.status() == ExportStatus.PENDING ? HttpStatus.ACCEPTED : HttpStatus.OK)
                        .body(response(view)));
    }

    @Operation(operationId = "listExports", summary = "The project's theory exports, newest first")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/exports")
    Mono<List<ExportResponse>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() ->
                exports.list(user.id(), projectId).stream().map(this::response).toList());
    }

    @Operation(operationId = "getExport", summary = "Status of one export")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/exports/{exportId}")
    Mono<ExportResponse> get(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID exportId) {
        return blocking.call(() -> response(exports.get(user.id(), projectId, exportId)));
    }

    @Operation(
            operationId = "downloadExport",
            summary = "Download an export's file",
            description = "Streams the file with its content type and a Content-Disposition attachment name; 409 "
                    + "EXPORT_NOT_READY while it renders.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/exports/{exportId}/download")
    Mono<ResponseEntity<Resource>> download(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID exportId) {
        return blocking.call(() -> exports.file(user.id(), projectId, exportId)).map(ExportController::stream);
    }

    private static ResponseEntity<Resource> stream(ExportFile file) {
        return ContentDispositions.download(
                        file.contentType(),
                        file.fileName(),
                        file.asciiFileName(),
                        "private, max-age=0, must-revalidate")
                .body(new FileSystemResource(file.path()));
    }

    private ExportResponse response(com.theogen.export.ExportView view) {
        return ExportResponse.of(view, jobProperties.nextPollSeconds());
    }
}
