package com.theogen.coding;

import java.util.List;
import java.util.UUID;

/**
 * Coding stages that other jobs (the theory pipeline) run inside their own job, and that the {@code auto_code}
 * job runs on its own. Blocking; call from a job thread. The model is used when {@link CodingRun#access()} is
 * remote, else the offline analyst. Human edits are always kept.
 */
public interface AutoCoding {

    /**
     * Open-codes the fragments of the run's scope that are not coded yet (all of them when {@link
     * CodingRun#recode()}), stores codes and applications, then syncs the evidence stores. A batch that keeps
     * failing is recorded in the outcome ({@link OpenCodingOutcome#failedBatches()}, {@link
     * OpenCodingOutcome#fragmentsSkipped()}, {@link OpenCodingOutcome#batchFailure()}) and skipped; it does not stop
     * the run, unless every batch failed.
     *
     * @throws com.theogen.job.JobCanceledException when the run's cancellation check fires
     * @throws com.theogen.shared.DomainException with the {@link com.theogen.llm.LlmError} that made most batches fail
     *     when every batch failed (nothing was coded: the provider's error, not an empty result); at once with the
     *     error of a failure that ends the run ({@link com.theogen.llm.LlmError#endsRun()})
     */
    OpenCodingOutcome openCode(CodingRun run);

    /**
     * Groups codes that are in no category into categories (existing categories and human placements are kept),
     * stores categories and relations, then syncs the evidence stores. Does nothing when every code is grouped.
     */
    AxialOutcome groupAxially(CodingRun run);

    /**
     * Checks that a codebook run could start: the codes it would apply exist.
     *
     * @param codeIds the codes to apply; null or empty for every code of the project
     * @throws com.theogen.shared.DomainException {@link CodebookError#CODEBOOK_EMPTY} when the project has no code
     *     or none of {@code codeIds} is one; {@link CodebookError#UNKNOWN_CODES} naming the ids that are not
     */
    void requireCodebook(UUID projectId, List<UUID> codeIds);

    /**
     * Codebook-driven (deductive) coding (docs/adr/026): applies existing codes to the participant fragments of
     * {@code interviewIds} (all interviews when null or empty) in the run's machine coder's layer, replacing that
     * coder's earlier applications of those codes there. People's coding is never touched. Offline, thresholds are
     * calibrated per interview on the reference person's coding of the other interviews.
     *
     * @throws com.theogen.shared.DomainException as {@link #requireCodebook}; the provider's error when every model
     *     batch failed
     */
    CodebookOutcome codeWithCodebook(CodingRun run, List<UUID> interviewIds, List<UUID> codeIds);
}
