package com.theogen.coding;

import com.theogen.llm.ModelRole;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project's memos, listed per project and optionally linked to an interview, code, category or theory of the same
 * project. Owner-checked like {@link CodebookEditor}. A memo belongs to a coder: the person who wrote it, or the
 * model that drafted it ({@link MemoDrafting}); a person who edits a model's memo makes it theirs, so that no
 * re-draft replaces it (docs/adr/036).
 */
public interface Memos {

    /** The project's memos, most recently updated first; filters are optional (null for all). */
    List<MemoView> list(UUID userId, UUID projectId, UUID interviewId, UUID codeId, UUID categoryId);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} when a link names something foreign */
    MemoView create(UUID userId, UUID projectId, MemoDraft draft);

    MemoView get(UUID userId, UUID memoId);

    /** Applies the non-null fields of {@code changes}; the memo becomes the editing person's. */
    MemoView update(UUID userId, UUID memoId, MemoDraft changes);

    void delete(UUID userId, UUID memoId);

    /**
     * The memos people wrote on this project (members and imported coders, never a model's), newest first, each
     * between {@code <memo>} tags with what it is about, cut to {@code theogen.memos.researcher-context-tokens} of
     * {@code role}'s model; blank when there are none. For the axial and selective prompts (no access check: the
     * caller runs inside the project's job).
     */
    String promptContext(UUID projectId, ModelRole role);

    /** Fields of a memo; on update, null means unchanged. */
    record MemoDraft(UUID interviewId, UUID codeId, UUID categoryId, UUID theoryId, String title, String body) {}

    /**
     * @param coderId the coder who wrote it (the acting user for memos written here)
     * @param authorKind what that coder is: {@code user} for a member, {@code ai} for a model's draft
     * @param authorName the member's name or the model ({@code ai:<provider>/<model>})
     * @param citations the fragments a model's draft cites, each verified when drafted; empty for people's memos
     */
    record MemoView(
            UUID id,
            UUID projectId,
            @Nullable UUID interviewId,
            @Nullable UUID codeId,
            @Nullable UUID categoryId,
            @Nullable UUID theoryId,
            @Nullable String title,
            @Nullable String body,
            Instant createdAt,
            Instant updatedAt,
            UUID coderId,
            CoderKind authorKind,
            String authorName,
            List<Citation> citations) {}

    /**
     * A fragment a drafted memo cites.
     *
     * @param quote the verbatim span of the fragment the sentence rests on; empty when the whole fragment is cited
     * @param start offset of {@code quote} in the fragment's text, or -1
     * @param end end offset in the fragment's text, or -1
     */
    record Citation(UUID fragmentId, UUID interviewId, String quote, int start, int end) {}
}
