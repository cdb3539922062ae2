package com.theogen.coding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's coding in and out, for project exchange (REFI-QDA). No access check: callers check the project
 * first ({@code ProjectAccess}: viewer to read, coder to write).
 */
public interface CodingTransfer {

    /** Every code (with hierarchy and colour), coder, code application and memo of the project. */
    Contents read(UUID projectId);

    /**
     * Writes imported coding. Joins the caller's transaction, so a failure anywhere in the caller's import leaves
     * nothing behind; the evidence stores are updated after that transaction commits. A code whose label the
     * project already has (ignoring case) is reused, and so is an imported coder the project already has (same
     * {@link ImportedCoder#externalId}); an application that would duplicate one of the same coder collapses.
     */
    Written write(UUID projectId, Batch batch);

    /**
     * @param codes by label
     * @param applications by interview, fragment, start
     * @param memos by creation time
     */
    record Contents(
            List<CodeEntry> codes, List<Coder> coders, List<ApplicationEntry> applications, List<MemoEntry> memos) {}

    /** @param color {@code #RRGGBB} or null */
    record CodeEntry(UUID id, String label, String definition, UUID parentId, String color) {}

    record ApplicationEntry(
            UUID id, UUID codeId, UUID coderId, UUID interviewId, UUID fragmentId, int quoteStart, int quoteEnd) {}

    record MemoEntry(
            UUID id,
            UUID coderId,
            String title,
            String body,
            UUID interviewId,
            UUID codeId,
            UUID categoryId,
            UUID theoryId,
            java.time.Instant createdAt) {}

    /**
     * What to write; coders and codes are named by refs local to the batch.
     *
     * @param coders people named in the file
     * @param codes parents before children
     */
    record Batch(
            List<ImportedCoder> coders,
            List<ImportedCode> codes,
            List<ImportedApplication> applications,
            List<ImportedMemo> memos) {}

    /** @param externalId the person's id in the file (a GUID); the same id finds the same imported coder again */
    record ImportedCoder(String ref, String externalId, String name) {}

    /** @param parentRef null for a top-level code; @param color {@code #RRGGBB} or null */
    record ImportedCode(String ref, String parentRef, String label, String definition, String color) {}

    /** {@code quote} is the fragment's text from {@code start} to {@code end} (exclusive). */
    record ImportedApplication(
            String codeRef, String coderRef, UUID interviewId, UUID fragmentId, int start, int end, String quote) {}

    /** Links are optional (null). */
    record ImportedMemo(String coderRef, String title, String body, UUID interviewId, String codeRef) {}

    /**
     * @param codeIds code id per batch ref
     * @param coderIds coder id per batch ref
     * @param renamedCodes labels changed to keep labels unique, old label to new
     */
    record Written(
            int codesCreated,
            int codesReused,
            Map<String, String> renamedCodes,
            int applications,
            int duplicateApplications,
            int memos,
            Map<String, UUID> codeIds,
            Map<String, UUID> coderIds) {}
}
