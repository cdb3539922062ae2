package com.theogen.evidence.internal.llm;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.internal.VectorMath;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRunContext;
import com.theogen.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Remote embeddings (Azure OpenAI or any OpenAI-compatible server) through the LLM module's client, which owns
 * the provider, key, batching, input truncation, retries and timeouts ({@code theogen.llm.*}).
 *
 * <p>The dimension is {@code theogen.llm.models.embedding.dimensions} when configured (it is then also sent to
 * the model), else it is probed once at start by embedding one short text: a server that is down at start then
 * stops the application with a message saying so. The model id recorded by the index is {@code
 * llm:<model>[:<dimensions>]}, so switching model or size is detected (the Lucene index is recreated empty and
 * every interview is queued for indexing again).
 *
 * <p>Failures: transient provider errors that outlast the LLM layer's retries are {@link EvidenceSourceException}
 * retriable ({@value #SOURCE}); rejected requests or keys are not retriable.
 */
public class LlmEmbedder implements Embedder {

    public static final String SOURCE = "llm_embeddings";
    private static final String PROBE = "dimension probe";

    private final LlmClient llm;
    private final String modelId;
    private final Duration deadline;
    private final Clock clock;
    private final int dimension;

    public LlmEmbedder(LlmClient llm, String modelName, Integer dimensions, Duration deadline, Clock clock) {
        this.llm = Objects.requireNonNull(llm, "llm");
        this.deadline = deadline;
        this.clock = clock;
        this.modelId = "llm:" + modelName + (dimensions == null ? "" : ":" + dimensions);
        this.dimension = dimensions != null ? dimensions : probe(modelName);
    }

    private int probe(String modelName) {
        try {
            return request(List.of(PROBE)).get(0).length;
        } catch (EvidenceSourceException e) {
            throw new IllegalStateException(
                    "theogen.evidence.embedder=llm: cannot reach embedding model " + modelName
                            + " to learn its dimension (" + e.getMessage()
                            + "); start it, or set theogen.llm.models.embedding.dimensions",
                    e);
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Blank texts get a zero vector without a request, as with the bundled model: they carry no meaning. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        texts.forEach(t -> Objects.requireNonNull(t, "text"));
        List<String> send = texts.stream().filter(t -> !t.isBlank()).toList();
        List<float[]> received = send.isEmpty() ? List.of() : request(send);
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            if (text.isBlank()) {
                vectors.add(new float[dimension]);
                continue;
            }
            float[] vector = received.get(next++);
            if (vector.length != dimension) {
                throw EvidenceSourceException.failed(
                        SOURCE,
                        "the embedding model returned " + vector.length + " dimensions, expected " + dimension,
                        null);
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private List<float[]> request(List<String> texts) {
        Embeddings result;
        try {
            result = llm.embed(texts, LlmRunContext.until(clock.instant().plus(deadline)));
        } catch (DomainException e) {
            String message = "embedding request failed: " + e.errorCode();
            throw e.retriable()
                    ? EvidenceSourceException.unavailable(SOURCE, message, e)
                    : EvidenceSourceException.failed(SOURCE, message, e);
        }
        if (result.vectors().size() != texts.size()) {
            throw EvidenceSourceException.failed(
                    SOURCE,
                    "the embedding model returned " + result.vectors().size() + " vectors for " + texts.size()
                            + " texts",
                    null);
        }
        return result.vectors().stream().map(VectorMath::normalized).toList();
    }
}
