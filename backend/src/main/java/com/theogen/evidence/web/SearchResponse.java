package com.theogen.evidence.web;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Fragments of a project matching a search, best first.
 *
 * @param degraded whether a source could not be asked (then {@code results} holds what the others gave)
 * @param missingSources the sources that did not answer ({@code lucene}, {@code qdrant}, {@code llm_embeddings})
 * @param index how many of the project's interviews the search could see: an interview uploaded a moment ago is
 *     searchable only once indexed, and one whose indexing failed is retried by the reconciler or a resync
 */
public record SearchResponse(List<Hit> results, boolean degraded, List<String> missingSources, Index index) {

    /**
     * @param interviews the project's interviews
     * @param indexed searchable now
     * @param pending waiting for or being indexed
     * @param failed indexing failed (retried later; a resync rebuilds them)
     */
    public record Index(int interviews, int indexed, int pending, int failed) {}

    /**
     * @param interviewLabel the participant pseudonym (or file name) of the interview
     * @param speaker the speaker label, {@code null} when the transcript names none
     * @param score ranking score, higher is better; comparable only within one response
     * @param highlights character ranges {@code [start, end)} of {@code text} that match the query's words
     * @param codeIds the codes applied to the fragment, as the search index holds them (updated after each
     *     coding change commits)
     */
    public record Hit(
            UUID fragmentId,
            UUID interviewId,
            String interviewLabel,
            @Nullable String speaker,
            String text,
            double score,
            List<Span> highlights,
            List<UUID> codeIds) {}

    public record Span(int start, int end) {}
}
