package com.theogen.analyst;

import com.theogen.shared.DomainException;
import java.util.List;

/**
 * The selective-coding stages without a language model. Each method is one pipeline stage and depends
 * only on its arguments.
 */
public interface OfflineTheorist {

    /**
     * Chooses the central category by centrality × interview coverage × process character × coherence focus, and
     * says why in its text.
     *
     * @throws DomainException {@code INSUFFICIENT_CATEGORIES} when the request has no category
     */
    CentralCategory chooseCentralCategory(TheoryRequest request);

    /**
     * Classifies every other category into a paradigm role by the cue phrases of its fragments, and reads the
     * consequences from the sentences that mark an outcome ("so I", "por eso", "ended up"), each with its quote.
     *
     * @param central the category chosen as central; must be one of the request's categories
     */
    ParadigmModel buildParadigm(TheoryRequest request, CentralCategory central);

    /**
     * Assembles up to ten propositions from co-coded categories, each citing fragments where they co-occur; those
     * whose quote carries a marker first, at most three of bare co-occurrence, no quote twice.
     */
    List<Proposition> buildPropositions(TheoryRequest request, ParadigmModel paradigm);

    /** Computes the saturation curve, readiness score, gaps and theoretical sampling plan. */
    SaturationReport analyzeSaturation(TheoryRequest request, ParadigmModel paradigm);

    /** Runs the four stages in order. */
    default OfflineTheory theorize(TheoryRequest request) {
        CentralCategory central = chooseCentralCategory(request);
        ParadigmModel paradigm = buildParadigm(request, central);
        return new OfflineTheory(
                central,
                paradigm,
                buildPropositions(request, paradigm),
                analyzeSaturation(request, paradigm),
                GeneratedBy.OFFLINE);
    }
}
