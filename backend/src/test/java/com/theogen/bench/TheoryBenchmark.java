package com.theogen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.TheoGenApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Load on the theory endpoints: {@code users} simulated clients spread over {@code projects} demo projects, each
 * client enqueueing a theory run (POST generate-theory) and polling its status until it ends. Offline (the embedded
 * default analyst) — no model latency. Reports enqueue latency percentiles, completion rate, duplicate theories
 * (theories per project beyond one: must be 0, the per-project lock makes all clients of a project share one run)
 * and stuck runs (not ended within the patience: must be 0), plus the per-stage pipeline time of the runs.
 */
public final class TheoryBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(20);

    private TheoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.parseInt(args.length > 0 ? args[0] : "100");
        int projectCount = Integer.parseInt(args.length > 1 ? args[1] : "10");
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results/theory.json");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TheoGenApplication.class)
                .run(
                        "--server.port=0",
                        "--theogen.storage.ephemeral=true",
                        "--theogen.storage.data-dir=target/bench-theory-data",
                        "--theogen.demo.seed-on-registration=false",
                        "--logging.level.root=WARN")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            WebClient client = WebClient.builder()
                    .baseUrl(base)
                    .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                    .build();
            List<String[]> projects = new ArrayList<>();
            for (int i = 0; i < projectCount; i++) {
                String token = register(client);
                String project = client.post()
                        .uri("/api/demo-project")
                        .header("Authorization", "Bearer " + token)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .block(Duration.ofMinutes(5))
                        .get("id")
                        .asText();
                projects.add(new String[] {token, project});
            }
            System.out.printf("%d demo projects ready; %d clients start%n", projectCount, users);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            List<Future<long[]>> outcomes = new ArrayList<>();
            long started = System.nanoTime();
            for (int u = 0; u < users; u++) {
                String[] p = projects.get(u % projectCount);
                outcomes.add(pool.submit(() -> simulate(client, p[0], p[1])));
            }
            List<Long> enqueueMicros = new ArrayList<>();
            int completed = 0;
            int stuck = 0;
            for (Future<long[]> f : outcomes) {
                long[] r = f.get();
                enqueueMicros.add(r[0]);
                completed += r[1] == 1 ? 1 : 0;
                stuck += r[1] == -1 ? 1 : 0;
            }
            double wall = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            int duplicates = 0;
            Map<String, List<Long>> stageMillis = new LinkedHashMap<>();
            for (String[] p : projects) {
                JsonNode page = get(client, p[0], "/api/projects/" + p[1] + "/theories");
                duplicates += Math.max(0, page.get("total_items").asInt() - 1);
                for (JsonNode item : page.get("items")) {
                    JsonNode theory = get(
                            client,
                            p[0],
                            "/api/projects/" + p[1] + "/theories/"
                                    + item.get("id").asText());
                    theory.get("manifest").get("stages").forEach(s -> stageMillis
                            .computeIfAbsent(s.get("stage").asText(), k -> new ArrayList<>())
                            .add(s.get("elapsed_ms").asLong()));
                }
            }
            Collections.sort(enqueueMicros);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("benchmark", "theory");
            report.put("measured_at", Instant.now().toString());
            report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            report.put("llm", "offline analyst (no model latency)");
            report.put("users", users);
            report.put("projects", projectCount);
            report.put("enqueue_ms_p50", pct(enqueueMicros, 50));
            report.put("enqueue_ms_p95", pct(enqueueMicros, 95));
            report.put("enqueue_ms_p99", pct(enqueueMicros, 99));
            report.put("completion_rate", (double) completed / users);
            report.put("duplicate_theories", duplicates);
            report.put("stuck_runs", stuck);
            report.put("wall_seconds", Math.round(wall * 10) / 10.0);
            Map<String, Object> stages = new LinkedHashMap<>();
            stageMillis.forEach((stage, list) -> {
                Collections.sort(list);
                stages.put(stage, Map.of("median_ms", list.get(list.size() / 2), "max_ms", list.get(list.size() - 1)));
            });
            report.put("stage_ms_demo_project", stages);
            System.out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
            Files.createDirectories(results.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        }
    }

    /** One client: enqueue, then poll until the run ends. Returns {enqueue µs, 1 completed | 0 failed | -1 stuck}. */
    private static long[] simulate(WebClient client, String token, String project) throws InterruptedException {
        long start = System.nanoTime();
        JsonNode accepted = client.post()
                .uri("/api/projects/" + project + "/generate-theory")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(Duration.ofMinutes(2));
        long enqueue = (System.nanoTime() - start) / 1000;
        String task = accepted.get("task_id").asText();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = get(client, token, "/api/projects/" + project + "/generate-theory/status/" + task);
            String s = status.get("status").asText();
            if (s.equals("completed")) {
                return new long[] {enqueue, 1};
            }
            if (s.equals("failed") || s.equals("canceled")) {
                return new long[] {enqueue, 0};
            }
            Thread.sleep(1000L * Math.max(1, status.get("next_poll_seconds").asInt(1)));
        }
        return new long[] {enqueue, -1};
    }

    private static JsonNode get(WebClient client, String token, String uri) {
        return client.get()
                .uri(uri)
                .header("Authorization", "Bearer " + token)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(Duration.ofMinutes(2));
    }

    private static String register(WebClient client) {
        return client.post()
                .uri("/api/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "email", "bench-" + UUID.randomUUID() + "@example.org", "password", "benchmark passphrase"))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block()
                .get("access_token")
                .asText();
    }

    private static double pct(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return Math.round(sortedMicros.get(Math.max(0, index)) / 100.0) / 10.0;
    }
}
