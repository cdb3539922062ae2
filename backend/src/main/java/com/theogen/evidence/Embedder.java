package com.theogen.evidence;

import java.util.List;

/**
 * Turns text into embeddings. Adapters: the in-process ONNX model (default); remote OpenAI-compatible
 * embeddings through the LLM module's configuration (later).
 *
 * <p>Contract: vectors have exactly {@link #dimension()} components and unit length, so a dot product is the
 * cosine similarity. Embedding is deterministic for a given model. A remote adapter bounds every call by its
 * configured timeout and reports an unreachable service as {@link EvidenceSourceException} (retriable).
 */
public interface Embedder {

    /** Stable identifier of the model, recorded with the index (for example {@code all-minilm-l6-v2-q}). */
    String modelId();

    /** Length of every vector this embedder returns, taken from the model. */
    int dimension();

    /**
     * Embeds {@code texts} in batches, preserving order: element {@code i} of the result is the embedding of
     * element {@code i} of the input. An empty list gives an empty list.
     *
     * @throws NullPointerException if {@code texts} or one of its elements is {@code null}
     */
    List<float[]> embedAll(List<String> texts);

    /** Embeds one text. */
    default float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }
}
