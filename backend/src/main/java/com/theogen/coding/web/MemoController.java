package com.theogen.coding.web;

import com.theogen.coding.Memos;
import com.theogen.coding.Memos.MemoDraft;
import com.theogen.coding.Memos.MemoView;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectScoped;
import com.theogen.security.AuthenticatedUser;
import com.theogen.web.BlockingBridge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
class MemoController {

    private final Memos memos;
    private final BlockingBridge blocking;

    MemoController(Memos memos, BlockingBridge blocking) {
        this.memos = memos;
        this.blocking = blocking;
    }

    @Operation(
            operationId = "listMemos",
            summary = "The project's memos, most recently updated first; filter by interview, code, category")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/projects/{projectId}/memos")
    Mono<List<MemoView>> list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @RequestParam(required = false) UUID interview,
            @RequestParam(required = false) UUID code,
            @RequestParam(required = false) UUID category) {
        return blocking.call(() -> memos.list(user.id(), projectId, interview, code, category));
    }

    @Operation(
            operationId = "createMemo",
            summary = "Write a memo, optionally linked to an interview, code, category or theory")
    @ProjectScoped(ProjectRole.CODER)
    @PostMapping("/api/projects/{projectId}/memos")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MemoView> create(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID projectId,
            @Valid @RequestBody CodingRequests.Memo body) {
        return blocking.call(() -> memos.create(user.id(), projectId, draft(body)));
    }

    @Operation(operationId = "getMemo", summary = "Read a memo")
    @ProjectScoped(ProjectRole.VIEWER)
    @GetMapping("/api/memos/{memoId}")
    Mono<MemoView> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID memoId) {
        return blocking.call(() -> memos.get(user.id(), memoId));
    }

    @Operation(operationId = "updateMemo", summary = "Change some fields of a memo")
    @ProjectScoped(ProjectRole.CODER)
    @PatchMapping("/api/memos/{memoId}")
    Mono<MemoView> update(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable UUID memoId,
            @Valid @RequestBody CodingRequests.Memo body) {
        return blocking.call(() -> memos.update(user.id(), memoId, draft(body)));
    }

    @Operation(operationId = "deleteMemo", summary = "Delete a memo")
    @ProjectScoped(ProjectRole.CODER)
    @DeleteMapping("/api/memos/{memoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID memoId) {
        return blocking.run(() -> memos.delete(user.id(), memoId));
    }

    private static MemoDraft draft(CodingRequests.Memo body) {
        return new MemoDraft(
                body.interviewId(), body.codeId(), body.categoryId(), body.theoryId(), body.title(), body.body());
    }
}
