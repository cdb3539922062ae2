package com.theogen.analyst.internal;

import com.theogen.analyst.CentralCategory;
import com.theogen.analyst.OfflineTheorist;
import com.theogen.analyst.ParadigmModel;
import com.theogen.analyst.Proposition;
import com.theogen.analyst.SaturationReport;
import com.theogen.analyst.TheoryRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link OfflineTheorist} by graph centrality, cue-phrase classification and co-coding (ADR 007). */
@Component
public class CueTheorist implements OfflineTheorist {

    @Override
    public CentralCategory chooseCentralCategory(TheoryRequest request) {
        return CentralCategorySelector.choose(new TheoryData(request));
    }

    @Override
    public ParadigmModel buildParadigm(TheoryRequest request, CentralCategory central) {
        return ParadigmBuilder.build(new TheoryData(request), central);
    }

    @Override
    public List<Proposition> buildPropositions(TheoryRequest request, ParadigmModel paradigm) {
        return PropositionBuilder.build(new TheoryData(request), paradigm);
    }

    @Override
    public SaturationReport analyzeSaturation(TheoryRequest request, ParadigmModel paradigm) {
        return SaturationAnalyzer.analyze(new TheoryData(request), paradigm);
    }
}
