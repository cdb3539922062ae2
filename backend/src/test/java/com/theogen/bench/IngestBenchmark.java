package com.theogen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.interview.internal.parsing.ParsedTranscript;
import com.theogen.interview.internal.parsing.TranscriptParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Ingest throughput for a 200-interview synthetic corpus (not a test; run {@code bench/ingest/run.sh}).
 *
 * <p>Two figures: (1) parsing alone — decode, normalise, speaker turns, fragments — in one thread after a
 * warm-up pass; (2) end to end — the real app on a random port with its embedded PostgreSQL, uploads of 10 files
 * per multipart request through the HTTP API, each file parsed and stored in its own transaction. Prints the
 * figures and writes {@code bench/results/ingest.json}.
 */
public final class IngestBenchmark {

    private static final int INTERVIEWS = 200;
    private static final int FILES_PER_REQUEST = 10;
    private static final long SEED = 20_240_314L;

    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "bench/results/ingest.json");
        List<SyntheticCorpus.File> corpus = SyntheticCorpus.generate(INTERVIEWS, SEED);
        long bytes = corpus.stream().mapToLong(f -> f.content().length).sum();
        System.out.printf("corpus: %d interviews, %.2f MB%n", corpus.size(), bytes / 1e6);

        Map<String, Object> parse = parseOnly(corpus, bytes);
        Map<String, Object> http = endToEnd(corpus, bytes);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "ingest");
        report.put("measured_at", Instant.now().toString());
        report.put("interviews", corpus.size());
        report.put("corpus_mb", round(bytes / 1e6));
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        report.put("parse_only", parse);
        report.put("http_end_to_end", http);
        Files.createDirectories(results.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        System.out.println("written " + results.toAbsolutePath());
    }

    private static Map<String, Object> parseOnly(List<SyntheticCorpus.File> corpus, long bytes) {
        TranscriptParser parser = new TranscriptParser(1000);
        corpus.forEach(f -> parser.parse(f.name(), f.content()));
        long fragments = 0;
        Map<String, long[]> byFormat = new java.util.TreeMap<>();
        long start = System.nanoTime();
        for (SyntheticCorpus.File file : corpus) {
            long fileStart = System.nanoTime();
            ParsedTranscript transcript = parser.parse(file.name(), file.content());
            fragments += transcript.fragments().size();
            long[] sums = byFormat.computeIfAbsent(transcript.format().extension(), k -> new long[2]);
            sums[0] += file.content().length;
            sums[1] += System.nanoTime() - fileStart;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "parse only: %.2f s, %.2f MB/s, %.0f fragments/s (%d fragments)%n",
                seconds, bytes / 1e6 / seconds, fragments / seconds, fragments);
        Map<String, Object> figures = figures(seconds, bytes, fragments);
        Map<String, Object> perFormat = new LinkedHashMap<>();
        byFormat.forEach((format, sums) -> perFormat.put(format, round(sums[0] / 1e6 / (sums[1] / 1e9))));
        System.out.println("parse only, MB/s by format: " + perFormat);
        figures.put("mb_per_second_by_format", perFormat);
        return figures;
    }

    private static Map<String, Object> endToEnd(List<SyntheticCorpus.File> corpus, long bytes) {
        try (ConfigurableApplicationContext app = BenchHttp.start("bench-data", List.of())) {
            WebClient client = BenchHttp.client(app);
            String token = BenchHttp.register(client);
            String project = BenchHttp.createProject(client, token, Map.of("name", "Benchmark"));
            long fragments = 0;
            long start = System.nanoTime();
            for (int i = 0; i < corpus.size(); i += FILES_PER_REQUEST) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (SyntheticCorpus.File file : corpus.subList(i, Math.min(corpus.size(), i + FILES_PER_REQUEST))) {
                    files.put(file.name(), file.content());
                }
                JsonNode response = BenchHttp.upload(client, token, project, files);
                for (JsonNode outcome : response.get("files")) {
                    fragments += outcome.get("interview").get("fragment_count").asLong();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "http end to end: %.2f s, %.2f MB/s, %.0f fragments/s (%d fragments)%n",
                    seconds, bytes / 1e6 / seconds, fragments / seconds, fragments);
            Map<String, Object> figures = figures(seconds, bytes, fragments);
            figures.put("demo_project_ms", demoProjectMillis(client, token));
            return figures;
        }
    }

    /** Median time of POST /api/demo-project (what registration adds when seeding is on), 5 runs after one warm-up. */
    private static long demoProjectMillis(WebClient client, String token) {
        List<Long> times = new java.util.ArrayList<>();
        for (int run = 0; run < 6; run++) {
            String user = run == 0 ? token : BenchHttp.register(client);
            long start = System.nanoTime();
            client.post()
                    .uri("/api/demo-project")
                    .header("Authorization", "Bearer " + user)
                    .retrieve()
                    .toBodilessEntity()
                    .block(Duration.ofMinutes(2));
            if (run > 0) {
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        java.util.Collections.sort(times);
        System.out.println("demo project creation (median of 5): " + times.get(2) + " ms");
        return times.get(2);
    }

    private static Map<String, Object> figures(double seconds, long bytes, long fragments) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", round(seconds));
        figures.put("mb_per_second", round(bytes / 1e6 / seconds));
        figures.put("fragments", fragments);
        figures.put("fragments_per_second", Math.round(fragments / seconds));
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
