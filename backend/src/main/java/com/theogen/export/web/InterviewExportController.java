package com.theogen.export.web;

import com.theogen.export.InterviewExportFormat;
import com.theogen.export.InterviewExportRequest;
import com.theogen.export.InterviewExports;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Exports")
@RestController
class InterviewExportController {

    private final InterviewExports exports;
    private final BlockingBridge blocking;

    InterviewExportController(InterviewExports exports, BlockingBridge blocking) {
        this.exports = exports;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "exportInterviews",
            summary = "Export one, several or all interviews of a project as TXT, JSON, PDF or XLSX",
            description = "Without interview_id every interview, in upload order. metadata, codes and timestamps "
                    + "(default true) toggle the interview headers, each fragment's codes and its times. 400 "
                    + "UNSUPPORTED_FORMAT lists the formats; 404 for an interview outside the project.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/interviews/export")
    Mono<ResponseEntity<byte[]>> export(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "txt, json, pdf or xlsx") @RequestParam(required = false) String format,
            @Parameter(description = "an interview to export (repeatable)")
                    @RequestParam(name = "interview_id", required = false)
                    @Size(max = 500)
                    List<UUID> interviewIds,
            @RequestParam(defaultValue = "true") boolean metadata,
            @RequestParam(defaultValue = "true") boolean codes,
            @RequestParam(defaultValue = "true") boolean timestamps) {
        return Mono.fromCallable(() -> new InterviewExportRequest(
                        InterviewExportFormat.fromCode(format), interviewIds, metadata, codes, timestamps))
                .flatMap(request -> blocking.call(() -> exports.export(user.id(), projectId, request)))
                .map(ContentDispositions::file);
    }
}
