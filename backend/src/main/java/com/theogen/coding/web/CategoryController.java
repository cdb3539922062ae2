package com.theogen.coding.web;

import com.theogen.coding.CodebookEditor;
import com.theogen.coding.CodebookEditor.CategoryView;
import com.theogen.coding.CodebookEditor.EvidenceFilter;
import com.theogen.coding.CodebookEditor.EvidenceItem;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import com.theogen.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
class CategoryController {

    private final CodebookEditor codebook;
    private final BlockingBridge blocking;

    CategoryController(CodebookEditor codebook, BlockingBridge blocking) {
        this.codebook = codebook;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "listCategories",
            summary = "The project's categories with their codes and typed relations")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/categories")
    Mono<List<CategoryView>> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID projectId) {
        return blocking.call(() -> codebook.categories(user.id(), projectId));
    }

    @Operation(operationId = "createCategory", summary = "Create a category by hand")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/categories")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CategoryView> create(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody CodingRequests.CreateCategory body) {
        return blocking.call(() -> codebook.createCategory(user.id(), projectId, body.name(), body.definition()));
    }

    @Operation(operationId = "updateCategory", summary = "Rename or redefine a category (kept across re-grouping)")
    @ProjectScoped(ProjectRole.CODER)
    @PatchMapping("/api/categories/{categoryId}")
    Mono<CategoryView> update(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID categoryId,
            @Valid @RequestBody CodingRequests.UpdateCategory body) {
        return blocking.call(() -> codebook.updateCategory(user.id(), categoryId, body.name(), body.definition()));
    }

    @Operation(operationId = "deleteCategory", summary = "Delete a category; its codes become ungrouped")
    @ProjectScoped(ProjectRole.CODER)
    @DeleteMapping("/api/categories/{categoryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID categoryId) {
        return blocking.run(() -> codebook.deleteCategory(user.id(), categoryId));
    }

    @Operation(operationId = "moveCodes", summary = "Move codes into this category (pinned: grouping never moves them)")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/categories/{categoryId}/codes")
    Mono<CategoryView> move(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID categoryId,
            @Valid @RequestBody CodingRequests.MoveCodes body) {
        return blocking.call(() -> codebook.moveCodes(user.id(), categoryId, body.codeIds()));
    }

    @Operation(operationId = "categoryEvidence", summary = "Fragments coded with any code of this category")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/categories/{categoryId}/evidence")
    Mono<PageResponse<EvidenceItem>> evidence(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID categoryId,
            @RequestParam(required = false) UUID interview,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) List<UUID> coder,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return blocking.call(() -> PageResponse.of(
                codebook.categoryEvidence(
                        user.id(),
                        categoryId,
                        new EvidenceFilter(interview, speaker, CodeController.origin(origin), page, size, coder)),
                e -> e));
    }
}
