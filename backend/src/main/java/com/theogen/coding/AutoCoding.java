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
     * failing is recorded in the outcome and skipped; it does not stop the run.
     *
     * @throws com.theogen.job.JobCanceledException when the run's cancellation check fires
     */
    OpenCodingOutcome openCode(CodingRun run);

    /**
     * Groups codes that are in no category into categories (existing categories and human placements are kept),
     * stores categories and relations, then syncs the evidence stores. Does nothing when every code is grouped.
     */
    AxialOutcome groupAxially(CodingRun run);
}
