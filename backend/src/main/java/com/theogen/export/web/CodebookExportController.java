package com.theogen.export.web;

import com.theogen.export.CodebookExports;
import com.theogen.export.CodebookFormat;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
class CodebookExportController {

    private final CodebookExports exports;
    private final BlockingBridge blocking;

    CodebookExportController(CodebookExports exports, BlockingBridge blocking) {
        this.exports = exports;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "exportCodebook",
            summary = "Export the project's codebook as a Word document, an Excel workbook or CSV",
            description = "Categories with their codes; each code with its definition, category (hierarchy), "
                    + "fragment and interview counts, applications by coder (by origin until applications record "
                    + "their coder) and an anchor quote. Any member of the project may export it. 400 "
                    + "UNSUPPORTED_FORMAT lists the formats.")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/codebook/export")
    Mono<ResponseEntity<byte[]>> export(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "docx, xlsx or csv") @RequestParam(required = false) String format) {
        return Mono.fromCallable(() -> CodebookFormat.fromCode(format))
                .flatMap(parsed -> blocking.call(() -> exports.export(user.id(), projectId, parsed)))
                .map(ContentDispositions::file);
    }
}
