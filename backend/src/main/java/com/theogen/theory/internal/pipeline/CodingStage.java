package com.theogen.theory.internal.pipeline;

import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodingRun;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.llm.LlmRunLog;
import org.springframework.stereotype.Component;

/**
 * The two stages the coding module does the work of, each reporting progress within its share of the run:
 *
 * <ul>
 *   <li>{@code auto_code}: open-codes every fragment that is not coded yet (all interviews, every run). When every
 *       batch fails the coding module throws the provider's error and the run fails with it; batches that fail while
 *       others succeed are recorded (the run is then degraded).
 *   <li>{@code axial_grouping}: groups codes that are in no category yet; skipped when every code is grouped.
 * </ul>
 */
@Component
class CodingStage {

    static final String AUTO_CODE = "auto_code";
    static final String AXIAL = "axial_grouping";

    private final CodingPorts coding;

    CodingStage(CodingPorts coding) {
        this.coding = coding;
    }

    StageOutputs.Coding openCode(RunScope run, RunState state) {
        LlmRunLog log = new LlmRunLog();
        OpenCodingOutcome outcome = coding.autoCoding().openCode(codingRun(run, log));
        run.codingChanged();
        return new StageOutputs.Coding(
                true,
                outcome.codesCreated(),
                outcome.applicationsCreated(),
                outcome.quotesDropped(),
                outcome.failedBatches(),
                outcome.fragmentsSkipped(),
                outcome.batchFailure(),
                run.meta(outcome.generatedBy(), log));
    }

    StageOutputs.Coding groupAxially(RunScope run, RunState state) {
        if (run.data().uncodedCodes() == 0 && !run.data().categories().isEmpty()) {
            return new StageOutputs.Coding(false, 0, 0, 0, run.computed());
        }
        LlmRunLog log = new LlmRunLog();
        AxialOutcome outcome = coding.autoCoding().groupAxially(codingRun(run, log));
        run.codingChanged();
        return new StageOutputs.Coding(
                true, outcome.categoriesCreated(), outcome.codesGrouped(), 0, run.meta(outcome.generatedBy(), log));
    }

    private static CodingRun codingRun(RunScope run, LlmRunLog log) {
        return new CodingRun(
                run.projectId(),
                null,
                false,
                run.access(),
                run.llm(log),
                (step, percent) -> run.stageProgress(percent));
    }
}
