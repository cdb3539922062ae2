package com.theogen.export.web;

import com.theogen.coding.AgreementRequest;
import com.theogen.export.AgreementExports;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Exports")
@RestController
class AgreementExportController {

    private final AgreementExports exports;
    private final BlockingBridge blocking;

    AgreementExportController(AgreementExports exports, BlockingBridge blocking) {
        this.exports = exports;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "exportAgreement",
            summary = "The agreement report of two coders as an Excel workbook",
            description = "Same body and errors as POST /api/projects/{projectId}/agreement. Sheets: Summary (coders,"
                    + " unit, overall figures), Codes (the table, sorted by κ), Disagreements (code, interview,"
                    + " fragment text, each coder's coded passages).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType =
                                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            schema = @Schema(type = "string", format = "binary"))))
    @ProjectScoped(ProjectRole.VIEWER)
    @PostMapping("/api/projects/{projectId}/agreement/export")
    Mono<ResponseEntity<byte[]>> export(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody AgreementRequest body) {
        return blocking.call(() -> exports.xlsx(user.id(), projectId, body)).map(ContentDispositions::file);
    }
}
