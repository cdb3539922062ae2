package com.theogen.theory.internal.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one attempt of a theory run has produced so far: each stage's output by step, and each stage's meta in stage
 * order (for the manifest). Every stage reads what it needs from here; the pipeline adds each output as it comes, so
 * no stage takes a growing list of earlier outputs. Immutable: {@link #with} returns the state one stage later.
 *
 * @param accessDegraded whether the run reaches its model degraded (set before the first stage)
 */
public record RunState(Map<String, Object> outputs, Map<String, Drafts.Meta> metas, boolean accessDegraded) {

    public RunState {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        metas = Collections.unmodifiableMap(new LinkedHashMap<>(metas));
    }

    public static RunState start(boolean accessDegraded) {
        return new RunState(Map.of(), Map.of(), accessDegraded);
    }

    /** The state with {@code output} recorded under {@code step}. */
    public RunState with(String step, Object output) {
        Map<String, Object> more = new LinkedHashMap<>(outputs);
        more.put(step, output);
        return new RunState(more, metas, accessDegraded);
    }

    /** The state with {@code meta} recorded for the manifest under {@code step}. */
    public RunState withMeta(String step, Drafts.Meta meta) {
        Map<String, Drafts.Meta> more = new LinkedHashMap<>(metas);
        more.put(step, meta);
        return new RunState(outputs, more, accessDegraded);
    }

    StageOutputs.Loaded project() {
        return get(LoadStage.STEP, StageOutputs.Loaded.class);
    }

    /** The route the run takes ({@code unknown} before {@code load_project}). */
    public String route() {
        StageOutputs.Loaded project = project();
        return project == null ? "unknown" : project.route();
    }

    /** What {@code auto_code} did. */
    StageOutputs.Coding coded() {
        return get(CodingStage.AUTO_CODE, StageOutputs.Coding.class);
    }

    StageOutputs.Graph graph() {
        return get(GraphStage.STEP, StageOutputs.Graph.class);
    }

    StageOutputs.CategoryEvidence evidence() {
        return get(EvidenceStage.STEP, StageOutputs.CategoryEvidence.class);
    }

    /** The core category, from its own stage or from the legacy single call. */
    StageOutputs.Core core() {
        LegacyStage.Output legacy = legacy();
        return legacy != null ? legacy.core() : get(CentralCategoryStage.STEP, StageOutputs.Core.class);
    }

    StageOutputs.Paradigm paradigm() {
        LegacyStage.Output legacy = legacy();
        return legacy != null ? legacy.paradigm() : get(ParadigmStage.STEP, StageOutputs.Paradigm.class);
    }

    StageOutputs.Saturation saturation() {
        LegacyStage.Output legacy = legacy();
        return legacy != null ? legacy.saturation() : get(SaturationStage.STEP, StageOutputs.Saturation.class);
    }

    StageOutputs.Verified verified() {
        return get(VerifyStage.STEP, StageOutputs.Verified.class);
    }

    public StageOutputs.Saved saved() {
        return get(SaveStage.STEP, StageOutputs.Saved.class);
    }

    /**
     * Whether the theory is degraded so far: the model was reached degraded, some coding batches failed, or an
     * evidence store did not answer.
     */
    public boolean degraded() {
        StageOutputs.Coding coded = coded();
        StageOutputs.Graph graph = graph();
        StageOutputs.CategoryEvidence evidence = evidence();
        return accessDegraded
                || (coded != null && coded.failedBatches() > 0)
                || (graph != null && graph.degraded())
                || (evidence != null && evidence.degraded());
    }

    private LegacyStage.Output legacy() {
        return get(LegacyStage.STEP, LegacyStage.Output.class);
    }

    private <T> T get(String step, Class<T> type) {
        return type.cast(outputs.get(step));
    }
}
