package com.theogen.coding.web;

import com.theogen.coding.CodingMatrices;
import com.theogen.coding.CodingMatrices.Kind;
import com.theogen.coding.CodingMatrices.Matrix;
import com.theogen.coding.CodingMatrices.MatrixCellFragment;
import com.theogen.coding.CodingMatrices.MatrixQuery;
import com.theogen.interview.AttributeFilter;
import com.theogen.interview.AttributeFilterQuery;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Coding")
@RestController
class MatrixController {

    static final String FILTERS = "Interview attribute filters: attr.<name>=<value> (repeat a name for any of several"
            + " values; different names must all match).";

    private final CodingMatrices matrices;
    private final BlockingBridge blocking;

    MatrixController(CodingMatrices matrices, BlockingBridge blocking) {
        this.matrices = matrices;
        this.blocking = blocking;
    }

    @AttributeFilterQuery
    @Operation(
            operationId = "getMatrix",
            summary = "A code matrix: cooccurrence (code × code), interviews (code × interview) or attribute (code ×"
                    + " attribute value)",
            description = "Cells count distinct fragments: for cooccurrence, fragments that carry both codes (anywhere"
                    + " in the fragment; the spans need not overlap), normalised by Jaccard (|A∩B| / |A∪B|); for"
                    + " interviews and attribute, the row code's fragments in the column, normalised as a share of"
                    + " the row. " + FILTERS)
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/matrix")
    Mono<Matrix> matrix(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "cooccurrence, interviews or attribute") @RequestParam String kind,
            @Parameter(description = "the attribute whose values are the columns (kind attribute)")
                    @RequestParam(required = false)
                    String attribute,
            @Parameter(description = "coder ids (repeat for several); everyone when absent")
                    @RequestParam(required = false)
                    List<UUID> coder,
            ServerHttpRequest request) {
        return blocking.call(() -> matrices.matrix(user.id(), projectId, query(kind, attribute, coder, request)));
    }

    @AttributeFilterQuery
    @Operation(
            operationId = "getMatrixCell",
            summary = "The fragments behind one matrix cell, in transcript order, with the quotes of its codes",
            description = "row is a code id; column is the column's key (a code id, an interview id, or an attribute"
                    + " value, empty for interviews without it). 400 INVALID_MATRIX_CELL for a row or column the"
                    + " matrix does not have. " + FILTERS)
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/matrix/cell")
    Mono<PageResponse<MatrixCellFragment>> cell(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Parameter(description = "cooccurrence, interviews or attribute") @RequestParam String kind,
            @RequestParam UUID row,
            @RequestParam(defaultValue = "") String column,
            @RequestParam(required = false) String attribute,
            @RequestParam(required = false) List<UUID> coder,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
            ServerHttpRequest request) {
        return blocking.call(() -> PageResponse.of(
                matrices.cell(user.id(), projectId, query(kind, attribute, coder, request), row, column, page, size),
                f -> f));
    }

    private static MatrixQuery query(String kind, String attribute, List<UUID> coder, ServerHttpRequest request) {
        return new MatrixQuery(
                Kind.fromCode(kind),
                attribute == null || attribute.isBlank() ? null : attribute.strip(),
                coder,
                AttributeFilter.fromQuery(request.getQueryParams()));
    }
}
