package com.theogen.theory.internal;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.CodingRun;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.llm.LlmRunLog;
import org.springframework.stereotype.Component;

/**
 * {@code auto_code}: open-codes every fragment that is not coded yet (all interviews, every run). When every batch
 * fails the coding module throws the provider's error and the run fails with it; batches that fail while others
 * succeed are recorded (the run is then degraded).
 */
@Component
class AutoCodeStage {

    static final String STEP = "auto_code";

    private final CodingPorts coding;

    AutoCodeStage(CodingPorts coding) {
        this.coding = coding;
    }

    StageOutputs.Coding run(RunScope run, int fromPercent, int toPercent) {
        long started = System.nanoTime();
        AutoCoding autoCoding = coding.autoCoding();
        LlmRunLog log = new LlmRunLog();
        OpenCodingOutcome outcome = autoCoding.openCode(
                new CodingRun(run.projectId(), null, false, run.access(), run.llm(log), (step, percent) -> run.job()
                        .progress(STEP, fromPercent + (toPercent - fromPercent) * percent / 100)));
        run.codingChanged();
        return new StageOutputs.Coding(
                true,
                outcome.codesCreated(),
                outcome.applicationsCreated(),
                outcome.quotesDropped(),
                outcome.failedBatches(),
                outcome.fragmentsSkipped(),
                outcome.batchFailure(),
                RunScope.meta(outcome.generatedBy(), started, log));
    }
}
