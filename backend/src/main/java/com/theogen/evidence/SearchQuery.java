package com.theogen.evidence;

import com.theogen.shared.DomainException;
import java.util.Objects;
import java.util.UUID;

/**
 * A search for fragments of one project. Filters are exact matches and combine with AND; {@code null}
 * means "any".
 *
 * @param text what to look for; embedded for the semantic part and analysed per language for the lexical
 *     part (adapters that have one)
 * @param speaker only fragments of this speaker
 * @param categoryId only fragments coded with a code of this category
 * @param interviewId only fragments of this interview
 * @param codeId only fragments coded with this code
 * @param topK how many fragments to return at most (1 to {@value #MAX_TOP_K})
 * @param minSimilarity drop fragments whose cosine similarity to {@code text} is below this (-1 keeps
 *     all); a fragment that matches the query's words lexically is kept regardless, because a lexical match
 *     is evidence by itself
 */
public record SearchQuery(
        UUID projectId,
        String text,
        String speaker,
        UUID categoryId,
        UUID interviewId,
        UUID codeId,
        int topK,
        double minSimilarity) {

    public static final int MAX_TOP_K = 200;

    public SearchQuery {
        Objects.requireNonNull(projectId, "projectId");
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("SEARCH_QUERY_EMPTY", "search text must not be empty");
        }
        if (topK < 1 || topK > MAX_TOP_K) {
            throw DomainException.invalid("SEARCH_TOP_K_INVALID", "top_k must be between 1 and " + MAX_TOP_K);
        }
        if (Double.isNaN(minSimilarity) || minSimilarity < -1 || minSimilarity > 1) {
            throw DomainException.invalid("SEARCH_THRESHOLD_INVALID", "min_similarity must be between -1 and 1");
        }
    }

    /** An unfiltered search with no similarity threshold. */
    public static SearchQuery of(UUID projectId, String text, int topK) {
        return new SearchQuery(projectId, text, null, null, null, null, topK, -1);
    }

    public SearchQuery withSpeaker(String value) {
        return new SearchQuery(projectId, text, value, categoryId, interviewId, codeId, topK, minSimilarity);
    }

    public SearchQuery withCategory(UUID value) {
        return new SearchQuery(projectId, text, speaker, value, interviewId, codeId, topK, minSimilarity);
    }

    public SearchQuery withInterview(UUID value) {
        return new SearchQuery(projectId, text, speaker, categoryId, value, codeId, topK, minSimilarity);
    }

    public SearchQuery withCode(UUID value) {
        return new SearchQuery(projectId, text, speaker, categoryId, interviewId, value, topK, minSimilarity);
    }

    public SearchQuery withMinSimilarity(double value) {
        return new SearchQuery(projectId, text, speaker, categoryId, interviewId, codeId, topK, value);
    }
}
