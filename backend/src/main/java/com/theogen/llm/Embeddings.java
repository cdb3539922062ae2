package com.theogen.llm;

import java.util.List;

/**
 * Vectors for a list of texts, in input order.
 *
 * @param vectors one vector per input text; the arrays belong to the caller
 * @param dimensions length of every vector
 * @param truncatedInputs how many inputs were cut to the embedding model's input token limit
 * @param usage what the call cost
 */
public record Embeddings(List<float[]> vectors, int dimensions, int truncatedInputs, LlmUsage usage) {

    public Embeddings {
        vectors = List.copyOf(vectors);
    }
}
