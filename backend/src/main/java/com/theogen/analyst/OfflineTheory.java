package com.theogen.analyst;

import java.util.List;

/**
 * Everything the offline theorist produces for one theory run.
 *
 * @param centralCategory the core category and why
 * @param paradigm the paradigm model around it
 * @param propositions at most ten: first those whose quote carries a reason, result, condition or sequence marker, then
 *     at most three of bare co-occurrence (ADR 057)
 * @param saturation saturation curve, readiness, gaps and sampling plan
 * @param generatedBy always {@value GeneratedBy#OFFLINE}
 */
public record OfflineTheory(
        CentralCategory centralCategory,
        ParadigmModel paradigm,
        List<Proposition> propositions,
        SaturationReport saturation,
        String generatedBy) {

    public OfflineTheory {
        propositions = List.copyOf(propositions);
    }
}
