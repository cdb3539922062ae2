package com.theogen.theory.internal;

import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodingRun;
import com.theogen.llm.LlmRunLog;
import org.springframework.stereotype.Component;

/** {@code axial_grouping}: groups codes that are in no category yet; skipped when every code is grouped. */
@Component
class AxialStage {

    static final String STEP = "axial_grouping";

    private final CodingPorts coding;

    AxialStage(CodingPorts coding) {
        this.coding = coding;
    }

    StageOutputs.Coding run(RunScope run, int fromPercent, int toPercent) {
        long started = System.nanoTime();
        if (run.data().uncodedCodes() == 0 && !run.data().categories().isEmpty()) {
            return new StageOutputs.Coding(false, 0, 0, 0, RunScope.computed(started));
        }
        LlmRunLog log = new LlmRunLog();
        AxialOutcome outcome = coding.autoCoding()
                .groupAxially(new CodingRun(
                        run.projectId(), null, false, run.access(), run.llm(log), (step, percent) -> run.job()
                                .progress(STEP, fromPercent + (toPercent - fromPercent) * percent / 100)));
        run.codingChanged();
        return new StageOutputs.Coding(
                true,
                outcome.categoriesCreated(),
                outcome.codesGrouped(),
                0,
                RunScope.meta(outcome.generatedBy(), started, log));
    }
}
