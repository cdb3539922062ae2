package com.theogen.coding.web;

import com.theogen.coding.CodebookEditor;
import com.theogen.coding.CodebookEditor.CodeQuery;
import com.theogen.coding.CodebookEditor.CodeView;
import com.theogen.coding.CodebookEditor.EvidenceFilter;
import com.theogen.coding.CodebookEditor.EvidenceItem;
import com.theogen.coding.CodebookImport;
import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.interview.AttributeFilter;
import com.theogen.interview.AttributeFilterQuery;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import com.theogen.web.RequestBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class CodeController {

    /** The largest codebook CSV body read (5,000 rows with long definitions fit). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private final CodebookEditor codebook;
    private final CodebookImport imports;
    private final BlockingBridge blocking;

    CodeController(CodebookEditor codebook, CodebookImport imports, BlockingBridge blocking) {
        this.codebook = codebook;
        this.imports = imports;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "listCodes",
            summary = "The project's codes with counts; sort=label|applications|interviews|created, q, origin, coder")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/codes")
    Mono<PageResponse<CodeView>> list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin,
            @Parameter(description = "coder ids (repeat for several); only their applications count")
                    @RequestParam(required = false)
                    List<UUID> coder,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return blocking.call(() -> PageResponse.of(
                codebook.codes(user.id(), projectId, new CodeQuery(sort, q, origin(origin), page, size, coder)),
                c -> c));
    }

    @Operation(operationId = "createCode", summary = "Create a code by hand")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/codes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CodeView> create(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody CodingRequests.CreateCode body) {
        return blocking.call(
                () -> codebook.createCode(user.id(), projectId, body.label(), body.definition(), body.categoryId()));
    }

    @Operation(
            operationId = "updateCode",
            summary = "Rename, redefine, recolour or move a code, or set its inclusion/exclusion criteria and examples"
                    + " (kept across re-coding)")
    @ProjectScoped(ProjectRole.CODER)
    @PatchMapping("/api/codes/{codeId}")
    Mono<CodeView> update(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID codeId,
            @Valid @RequestBody CodingRequests.UpdateCode body) {
        return blocking.call(() -> {
            if (body.color() != null) {
                CodeView recolored = codebook.recolor(user.id(), codeId, body.color());
                if (body.onlyColor()) {
                    return recolored;
                }
            }
            return codebook.updateCode(
                    user.id(),
                    codeId,
                    body.label(),
                    body.definition(),
                    body.categoryId(),
                    new CodebookEditor.CodeCriteria(
                            body.inclusionCriteria(), body.exclusionCriteria(), body.examples()));
        });
    }

    @Operation(operationId = "mergeCode", summary = "Merge a code into another: applications move, duplicates collapse")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/codes/{codeId}/merge")
    Mono<CodeView> merge(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID codeId,
            @Valid @RequestBody CodingRequests.Merge body) {
        return blocking.call(() -> codebook.merge(user.id(), codeId, body.intoCodeId()));
    }

    @Operation(operationId = "deleteCode", summary = "Delete a code and its applications")
    @ProjectScoped(ProjectRole.CODER)
    @DeleteMapping("/api/codes/{codeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID codeId) {
        return blocking.run(() -> codebook.deleteCode(user.id(), codeId));
    }

    @Operation(
            operationId = "applyCode",
            summary = "Apply a code to a span of a fragment by hand; the quote is taken from the fragment")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/fragments/{fragmentId}/codes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Application> apply(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID fragmentId,
            @Valid @RequestBody CodingRequests.Apply body) {
        return blocking.call(() ->
                codebook.apply(user.id(), fragmentId, body.codeId(), body.label(), body.quoteStart(), body.quoteEnd()));
    }

    @Operation(operationId = "removeApplication", summary = "Remove one code application")
    @ProjectScoped(ProjectRole.CODER)
    @DeleteMapping("/api/code-applications/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> removeApplication(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID applicationId) {
        return blocking.run(() -> codebook.removeApplication(user.id(), applicationId));
    }

    @AttributeFilterQuery
    @Operation(
            operationId = "codeEvidence",
            summary = "Fragments coded with this code, with the quote's offsets for highlighting")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/codes/{codeId}/evidence")
    Mono<PageResponse<EvidenceItem>> evidence(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID codeId,
            @RequestParam(required = false) UUID interview,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String origin,
            @Parameter(description = "coder ids (repeat for several); only their applications")
                    @RequestParam(required = false)
                    List<UUID> coder,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            ServerHttpRequest request) {
        return blocking.call(() -> PageResponse.of(
                codebook.codeEvidence(
                        user.id(),
                        codeId,
                        new EvidenceFilter(
                                interview,
                                speaker,
                                origin(origin),
                                page,
                                size,
                                coder,
                                AttributeFilter.fromQuery(request.getQueryParams()))),
                e -> e));
    }

    static Origin origin(String origin) {
        return origin == null || origin.isBlank() ? null : Origin.fromCode(origin);
    }

    @Operation(
            operationId = "importCodebook",
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
