package com.theogen.theory.internal.pipeline;

import com.theogen.theory.TheoryProperties.Route;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The stage table of a theory run (DESIGN.md §7.1), in order: each stage's step, the run's progress when it is done
 * (its share is the span from the previous row on its route), the route it belongs to, and its work over the run
 * state.
 */
@Component
public class Stages {

    /** A stage's work: reads what earlier stages produced from {@code state}, returns its checkpointed output. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RunScope run, RunState state);
    }

    /**
     * One row of the table.
     *
     * @param only the route the stage belongs to; {@code null}: every route
     */
    public record Step<T>(String name, int progress, Class<T> type, Route only, Work<T> work) {

        public boolean on(String route) {
            return only == null || only.code().equals(route);
        }
    }

    private final List<Step<?>> table;

    Stages(
            LoadStage load,
            CodingStage coding,
            GraphStage graph,
            EvidenceStage evidence,
            CentralCategoryStage central,
            ParadigmStage paradigm,
            SaturationStage saturation,
            LegacyStage legacy,
            VerifyStage verify,
            SaveStage save) {
        table = List.of(
                new Step<>(LoadStage.STEP, 3, StageOutputs.Loaded.class, null, (run, state) -> load.run(run)),
                new Step<>(CodingStage.AUTO_CODE, 20, StageOutputs.Coding.class, null, coding::openCode),
                new Step<>(CodingStage.AXIAL, 30, StageOutputs.Coding.class, null, coding::groupAxially),
                new Step<>(GraphStage.STEP, 40, StageOutputs.Graph.class, null, graph::run),
                new Step<>(EvidenceStage.STEP, 46, StageOutputs.CategoryEvidence.class, null, evidence::run),
                new Step<>(LegacyStage.STEP, 80, LegacyStage.Output.class, Route.LEGACY, legacy::run),
                new Step<>(CentralCategoryStage.STEP, 58, StageOutputs.Core.class, Route.STAGED, central::run),
                new Step<>(ParadigmStage.STEP, 75, StageOutputs.Paradigm.class, Route.STAGED, paradigm::run),
                new Step<>(SaturationStage.STEP, 86, StageOutputs.Saturation.class, Route.STAGED, saturation::run),
                new Step<>(VerifyStage.STEP, 93, StageOutputs.Verified.class, null, verify::run),
                new Step<>(SaveStage.STEP, 97, StageOutputs.Saved.class, null, save::run));
    }

    public List<Step<?>> table() {
        return table;
    }
}
