package com.theogen.coding;

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
}
