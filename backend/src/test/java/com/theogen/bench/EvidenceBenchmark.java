package com.theogen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.evidence.EmbeddedFragment;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.evidence.internal.EvidenceService;
import com.theogen.evidence.internal.Retrier;
import com.theogen.evidence.internal.inprocess.InProcessEvidenceGraph;
import com.theogen.evidence.internal.lucene.LuceneVectorIndex;
import com.theogen.evidence.internal.onnx.OnnxEmbedder;
import com.theogen.shared.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence benchmark (run with {@code bench/evidence/run.sh}). In one JVM it measures:
 *
 * <ol>
 *   <li>raw ONNX embedding throughput (the model alone, batches of 32) on {@code sample} synthetic fragments;
 *   <li>ingest throughput through {@link EvidenceService#index}: embed + write to Lucene (commit and refresh per
 *       batch), on another {@code sample} fragments;
 *   <li>search latency on a {@code fragments}-fragment project (default 50,000). Embedding 50k fragments would
 *       take long on two cores, so this index holds synthetic texts with <em>pre-computed random unit vectors</em>
 *       (the HNSW graph and BM25 postings have the real size; random vectors are, if anything, harder for HNSW).
 *       Queries are synthetic sentences: latency of the hybrid search alone (query vector given), of the same
 *       search filtered by category, and end to end through the service (query embedding + search).
 * </ol>
 *
 * Options: {@code --sample=N --fragments=N --queries=N --out=PATH}.
 */
public final class EvidenceBenchmark {

    private EvidenceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int sample = Integer.parseInt(options.getOrDefault("sample", "1000"));
        int fragments = Integer.parseInt(options.getOrDefault("fragments", "50000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "500"));
        Path out = Path.of(options.getOrDefault("out", "bench/results/evidence.json"));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("date", Instant.now().toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        SyntheticFragments synthetic = new SyntheticFragments(11);
        Path dir = Files.createTempDirectory("theogen-bench");

        try (OnnxEmbedder embedder = new OnnxEmbedder(32, Runtime.getRuntime().availableProcessors());
                LuceneVectorIndex ingestIndex =
                        new LuceneVectorIndex(dir.resolve("ingest"), 384, embedder.modelId(), true);
                LuceneVectorIndex bigIndex =
                        new LuceneVectorIndex(dir.resolve("big"), 384, "random-unit-vectors", true)) {
            UUID project = UUID.randomUUID();
            embedder.embedAll(synthetic.next(project, 64).stream()
                    .map(IndexedFragment::text)
                    .toList());

            List<String> rawTexts = synthetic.next(project, sample).stream()
                    .map(IndexedFragment::text)
                    .toList();
            long start = System.nanoTime();
            embedder.embedAll(rawTexts);
            double rawPerSecond = sample / seconds(start);
            result.put("onnx_raw_embedding", Map.of("fragments", sample, "fragments_per_s", round(rawPerSecond)));
            System.out.printf("raw ONNX embedding: %.1f fragments/s (%d fragments)%n", rawPerSecond, sample);

            TimedEmbedder timed = new TimedEmbedder(embedder);
            EvidenceService ingest = new EvidenceService(
                    timed, ingestIndex, new InProcessEvidenceGraph(), new Retrier(1, Duration.ZERO), 32);
            // before issue #22: embed a batch, then write it with a commit + refresh, one batch after the other
            List<IndexedFragment> perBatch = synthetic.next(project, sample);
            start = System.nanoTime();
            for (int from = 0; from < perBatch.size(); from += 32) {
                List<IndexedFragment> batch = perBatch.subList(from, Math.min(perBatch.size(), from + 32));
                List<float[]> vectors = embedder.embedAll(
                        batch.stream().map(IndexedFragment::text).toList());
                List<EmbeddedFragment> points = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    points.add(new EmbeddedFragment(batch.get(i), vectors.get(i)));
                }
                ingestIndex.upsert(points);
            }
            double commitPerBatch = sample / seconds(start);
            // now: EvidenceService.index per interview (50 fragments here): writes overlap embedding, one commit
            List<IndexedFragment> toIngest = synthetic.next(project, sample);
            start = System.nanoTime();
            for (int from = 0; from < toIngest.size(); from += 50) {
                ingest.index(toIngest.subList(from, Math.min(toIngest.size(), from + 50)));
            }
            double ingestPerSecond = sample / seconds(start);
            double embeddingShare = timed.nanos.getAndSet(0) / 1e9 / seconds(start);
            // two indexing workers (theogen.evidence.sync.threads=2): two interviews at a time
            List<IndexedFragment> toIngestTwice = synthetic.next(project, sample);
            start = System.nanoTime();
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (int from = 0; from < toIngestTwice.size(); from += 50) {
                List<IndexedFragment> interview =
                        toIngestTwice.subList(from, Math.min(toIngestTwice.size(), from + 50));
                pending.add(workers.submit(() -> ingest.index(interview)));
            }
            for (java.util.concurrent.Future<?> f : pending) {
                f.get();
            }
            workers.shutdown();
            double twoWorkersPerSecond = sample / seconds(start);
            // raw again, so that a change of load during the run shows
            List<String> rawTextsAfter = synthetic.next(project, sample).stream()
                    .map(IndexedFragment::text)
                    .toList();
            start = System.nanoTime();
            embedder.embedAll(rawTextsAfter);
            double rawAfterPerSecond = sample / seconds(start);
            double rawMean = (rawPerSecond + rawAfterPerSecond) / 2;
            result.put(
                    "onnx_raw_embedding_after",
                    Map.of("fragments", sample, "fragments_per_s", round(rawAfterPerSecond)));
            result.put(
                    "ingest_two_workers",
                    Map.of(
                            "fragments",
                            sample,
                            "fragments_per_s",
                            round(twoWorkersPerSecond),
                            "ratio_to_raw_mean",
                            Math.round(twoWorkersPerSecond / rawMean * 100) / 100.0));
            System.out.printf(
                    "raw again %.1f fragments/s; one worker: embedding took %.0f %% of the ingest time, %.2f of the"
                            + " raw mean; two workers %.1f fragments/s = %.2f of the raw mean%n",
                    rawAfterPerSecond,
                    embeddingShare * 100,
                    ingestPerSecond / rawMean,
                    twoWorkersPerSecond,
                    twoWorkersPerSecond / rawMean);
            result.put(
                    "ingest_embed_index_lucene",
                    Map.of(
                            "fragments",
                            sample,
                            "fragments_per_s",
                            round(ingestPerSecond),
                            "ratio_to_raw",
                            Math.round(ingestPerSecond / rawPerSecond * 100) / 100.0,
                            "interview_fragments",
                            50,
                            "batch",
                            32));
            result.put(
                    "ingest_commit_per_batch_before",
                    Map.of(
                            "fragments",
                            sample,
                            "fragments_per_s",
                            round(commitPerBatch),
                            "ratio_to_raw",
                            Math.round(commitPerBatch / rawPerSecond * 100) / 100.0));
            System.out.printf(
                    "ingest (embed + Lucene index): before (commit + refresh per 32-fragment batch) %.1f fragments/s"
                            + " = %.2f of raw; now (one commit per 50-fragment interview, writes overlapped) %.1f"
                            + " fragments/s = %.2f of raw%n",
                    commitPerBatch, commitPerBatch / rawPerSecond, ingestPerSecond, ingestPerSecond / rawPerSecond);

            UUID bigProject = UUID.randomUUID();
            start = System.nanoTime();
            for (int done = 0; done < fragments; done += 1000) {
                List<EmbeddedFragment> batch = new ArrayList<>();
                for (IndexedFragment f : synthetic.next(bigProject, Math.min(1000, fragments - done))) {
                    batch.add(new EmbeddedFragment(f, synthetic.randomUnitVector(384)));
                }
                bigIndex.upsert(batch);
            }
            double loadPerSecond = fragments / seconds(start);
            result.put(
                    "lucene_index_precomputed_vectors",
                    Map.of("fragments", fragments, "fragments_per_s", round(loadPerSecond), "batch", 1000));
            System.out.printf(
                    "Lucene indexing with pre-computed vectors: %.1f fragments/s (%d)%n", loadPerSecond, fragments);

            result.put("search_50k", searchLatencies(bigIndex, embedder, bigProject, synthetic, queries));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
        System.out.println("wrote " + out);
    }

    private static Map<String, Object> searchLatencies(
            LuceneVectorIndex index, OnnxEmbedder embedder, UUID project, SyntheticFragments synthetic, int queries) {
        EvidenceService service =
                new EvidenceService(embedder, index, new InProcessEvidenceGraph(), new Retrier(1, Duration.ZERO), 32);
        List<SearchQuery> texts = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            Language language = i % 2 == 0 ? Language.ES : Language.EN;
            texts.add(SearchQuery.of(project, synthetic.sentence(language), 10));
            vectors.add(synthetic.randomUnitVector(384));
        }
        for (int i = 0; i < Math.min(50, queries); i++) {
            index.search(texts.get(i), vectors.get(i));
        }
        long[] hybrid = new long[queries];
        long[] filtered = new long[queries];
        long[] endToEnd = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            index.search(texts.get(i), vectors.get(i));
            hybrid[i] = System.nanoTime() - t;
            SearchQuery byCategory =
                    texts.get(i).withCategory(synthetic.categories().get(i % 10));
            t = System.nanoTime();
            index.search(byCategory, vectors.get(i));
            filtered[i] = System.nanoTime() - t;
            t = System.nanoTime();
            service.search(texts.get(i));
            endToEnd[i] = System.nanoTime() - t;
        }
        Map<String, Object> latencies = new LinkedHashMap<>();
        latencies.put("fragments_in_project", index.count(project));
        latencies.put("queries", queries);
        latencies.put("top_k", 10);
        latencies.put("hybrid_search_ms", percentiles(hybrid));
        latencies.put("hybrid_search_category_filter_ms", percentiles(filtered));
        latencies.put("embed_query_and_search_ms", percentiles(endToEnd));
        System.out.println("search latency on " + index.count(project) + " fragments: " + latencies);
        return latencies;
    }

    private static Map<String, Double> percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return Map.of(
                "p50",
                millis(sorted[(int) (sorted.length * 0.50)]),
                "p99",
                millis(sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }

    /** Times the embedding calls made inside an ingest (the rest of its time is the index write path). */
    private static final class TimedEmbedder implements com.theogen.evidence.Embedder {
        private final com.theogen.evidence.Embedder embedder;
        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

        TimedEmbedder(com.theogen.evidence.Embedder embedder) {
            this.embedder = embedder;
        }

        @Override
        public String modelId() {
            return embedder.modelId();
        }

        @Override
        public int dimension() {
            return embedder.dimension();
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            long start = System.nanoTime();
            try {
                return embedder.embedAll(texts);
            } finally {
                nanos.addAndGet(System.nanoTime() - start);
            }
        }
    }
}
