package com.theogen.coding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A researcher's memos, listed per project and optionally linked to an interview, code, category or theory of
 * the same project. Owner-checked like {@link CodebookEditor}.
 */
public interface Memos {

    /** The project's memos, most recently updated first; filters are optional (null for all). */
    List<MemoView> list(UUID userId, UUID projectId, UUID interviewId, UUID codeId, UUID categoryId);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} when a link names something foreign */
    MemoView create(UUID userId, UUID projectId, MemoDraft draft);

    MemoView get(UUID userId, UUID memoId);

    /** Applies the non-null fields of {@code changes}. */
    MemoView update(UUID userId, UUID memoId, MemoDraft changes);

    void delete(UUID userId, UUID memoId);

    /** Fields of a memo; on update, null means unchanged. */
    record MemoDraft(UUID interviewId, UUID codeId, UUID categoryId, UUID theoryId, String title, String body) {}

    /** @param coderId the coder who wrote it (the acting user for memos written here) */
    record MemoView(
            UUID id,
            UUID projectId,
            UUID interviewId,
            UUID codeId,
            UUID categoryId,
            UUID theoryId,
            String title,
            String body,
            Instant createdAt,
            Instant updatedAt,
            UUID coderId) {}
}
