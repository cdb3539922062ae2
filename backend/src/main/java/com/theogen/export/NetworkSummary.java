package com.theogen.export;

import java.util.List;

/**
 * The category network.
 *
 * @param centrality one row per category, most central first
 * @param coOccurrence category pairs, most shared fragments first
 */
public record NetworkSummary(List<CentralityRow> centrality, List<CoOccurrence> coOccurrence) {

    public NetworkSummary {
        centrality = List.copyOf(centrality);
        coOccurrence = List.copyOf(coOccurrence);
    }
}
