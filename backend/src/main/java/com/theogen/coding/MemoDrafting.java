package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/**
 * AI-drafted code and category memos (docs/adr/036): properties, dimensions, comparisons, negative cases and open
 * questions, each sentence citing the fragments it rests on. Every citation is checked like theory evidence — the
 * cited fragment is one shown to the model for this memo and exists in the project, and a quote is verbatim in it
 * — and a sentence with a citation that fails is dropped and counted, never kept. A draft is stored as a memo of
 * the model's coder and replaces only an earlier model memo on the same code or category; memos people wrote or
 * edited are never touched. Blocking; call from a job thread. Needs a model: the offline analyst drafts no memos.
 */
public interface MemoDrafting {

    /**
     * Checks a request before a job starts.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for a code or category of another project;
     *     {@code MEMO_TARGETS_REQUIRED} (400) when none is named; {@code TOO_MANY_MEMO_TARGETS} (400) above
     *     {@code theogen.memos.max-targets}
     */
    void requireTargets(UUID projectId, List<UUID> codeIds, List<UUID> categoryIds);

    /**
     * Drafts one memo per named code and category that has coded fragments.
     *
     * @throws com.theogen.shared.DomainException {@code LLM_OFFLINE} when the run has no model; the provider's error
     *     when every memo call failed, or at once for a failure that ends the run
     * @throws com.theogen.job.JobCanceledException when the run's cancellation check fires
     */
    MemoDraftOutcome draft(CodingRun run, List<UUID> codeIds, List<UUID> categoryIds);

    /**
     * Drafts memos for the {@code theogen.memos.top-codes} most applied codes and up to {@code
     * theogen.memos.max-categories} categories, largest first: the optional stage after axial grouping.
     */
    MemoDraftOutcome draftForProject(CodingRun run);

    /**
     * @param drafted memos stored
     * @param replaced earlier model memos those replaced
     * @param skipped targets with no coded fragment, or whose every sentence was dropped
     * @param failed targets whose model call failed
     * @param sentencesKept sentences stored, every citation verified
     * @param sentencesDropped sentences dropped for a citation that failed (or none at all)
     * @param citationsUnknown citations naming a fragment that was not shown for this memo or is not in the project
     * @param quotesNotVerbatim quoted spans not found in their fragment
     */
    record MemoDraftOutcome(
            int drafted,
            int replaced,
            int skipped,
            int failed,
            int sentencesKept,
            int sentencesDropped,
            int citationsUnknown,
            int quotesNotVerbatim) {

        public static MemoDraftOutcome none() {
            return new MemoDraftOutcome(0, 0, 0, 0, 0, 0, 0, 0);
        }
    }
}
