package com.theogen.theory.internal;

import org.springframework.stereotype.Component;

/** The pipeline's stage components, injected as one. */
@Component
class Stages {

    final LoadStage load;
    final AutoCodeStage autoCode;
    final AxialStage axial;
    final GraphStage graph;
    final EvidenceStage evidence;
    final CentralCategoryStage central;
    final ParadigmStage paradigm;
    final SaturationStage saturation;
    final LegacyStage legacy;
    final VerifyStage verify;
    final SaveStage save;

    Stages(
            LoadStage load,
            AutoCodeStage autoCode,
            AxialStage axial,
            GraphStage graph,
            EvidenceStage evidence,
            CentralCategoryStage central,
            ParadigmStage paradigm,
            SaturationStage saturation,
            LegacyStage legacy,
            VerifyStage verify,
            SaveStage save) {
        this.load = load;
        this.autoCode = autoCode;
        this.axial = axial;
        this.graph = graph;
        this.evidence = evidence;
        this.central = central;
        this.paradigm = paradigm;
        this.saturation = saturation;
        this.legacy = legacy;
        this.verify = verify;
        this.save = save;
    }
}
