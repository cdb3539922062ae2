package com.theogen.evidence;

import java.util.List;

/**
 * One search hit.
 *
 * @param score ranking score, higher is better; its scale belongs to the adapter (reciprocal-rank fusion
 *     in Lucene, cosine in Qdrant), so compare it only within one result list
 * @param similarity cosine similarity between the query and the fragment embeddings, comparable across
 *     adapters
 * @param lexicalMatch whether the fragment matched the query's words (always {@code false} for adapters
 *     without a lexical index)
 * @param highlights spans of {@code fragment.text()} whose words match the query's words (after language
 *     analysis), in text order
 */
public record ScoredFragment(
        IndexedFragment fragment, double score, double similarity, boolean lexicalMatch, List<Highlight> highlights) {

    public ScoredFragment {
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /** A matched span: {@code [start, end)} character offsets into the fragment text. */
    public record Highlight(int start, int end) {}
}
