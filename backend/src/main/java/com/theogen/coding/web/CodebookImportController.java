package com.theogen.coding.web;

import com.theogen.coding.CodebookImport;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.RequestBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class CodebookImportController {

    /** The largest CSV body read (5,000 rows with long definitions fit). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final CodebookImport imports;
    private final BlockingBridge blocking;

    CodebookImportController(CodebookImport imports, BlockingBridge blocking) {
        this.imports = imports;
        this.blocking = blocking;
    }

    @Operation(
            summary = "Import a codebook from CSV (text/csv, UTF-8)",
            description = "Header row with columns among code (required), parent, definition, inclusion, exclusion,"
                    + " examples (separated by \" | \") and color; comma or semicolon separated, RFC 4180 quoting."
                    + " Creates missing codes (parents by label), fills in the non-blank fields of codes with the"
                    + " same label (ignoring case), never deletes. The codebook CSV export's columns are accepted."
                    + " 400 CSV_* names the line.")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/codebook/import")
    Mono<CodebookImport.CodebookImportResult> importCsv(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId, ServerHttpRequest request) {
        return RequestBodies.bytes(request, MAX_BYTES)
                .flatMap(bytes -> blocking.call(() -> imports.importCsv(user.id(), projectId, bytes)));
    }
}
