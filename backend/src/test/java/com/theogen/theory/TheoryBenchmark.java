package com.theogen.theory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.bench.BenchHttp;
import com.theogen.bench.CaregiverCorpus;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Theory runs under load and at scale (not a test; run by {@code bench/theory/run.sh}). Three parts, each in a fresh
 * application on the embedded defaults:
 *
 * <ol>
 *   <li><b>load, offline</b>: {@code users} clients over {@code projects} demo projects, the embedded offline analyst.
 *   <li><b>load, model</b>: the same clients over synthetic English projects, the provider (chat and embeddings) being
 *       a local OpenAI-compatible server ({@link ScriptedLlmServer}) that answers every stage from its prompt after a
 *       fixed latency.
 *   <li><b>overhead</b>: one project of {@code fragments} fragments (half interviewer questions) with a zero-latency
 *       model: the first run codes everything then builds the theory, the second finds it coded; the wall time is
 *       TheoGen's own work (prompt building, token counting, parsing, storage, graph, evidence, verification) plus the
 *       scripted server's reply building, which is timed and reported apart.
 * </ol>
 *
 * <p>In both load parts the server is warmed up first (one complete run on a project of its own), then every client
 * enqueues at the same instant and polls to the end: enqueue p50/p95/p99 of that burst, completion rate, duplicate
 * theories (must be 0: the clients of a project share one run), stuck runs (must be 0). Then one POST per project,
 * one at a time on the idle server, gives the enqueue latency of a request that does not queue behind 99 others.
 * The clients run in the benchmark's JVM, so they share the two cores with the server.
 */
public final class TheoryBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FRAGMENT = Pattern.compile("\\[(f\\d+)] ([^:\\n]+): <fragment>([^\\n]*)</fragment>");
    private static final Pattern CODE = Pattern.compile("\\[(c\\d+)] ([^—\\n]+) —");
    private static final String[] CODE_LABELS = {
        "night shifts", "morning medicine", "caring alone", "money short", "unsupportive boss",
        "school calls", "guilt at night", "nurse visits", "no rest", "neighbour help",
        "rent pressure", "doctor trips", "thinking of quitting", "distant brother", "appointment calendar",
        "nobody asks", "changing medicine", "body hurts", "children help", "support group"
    };
    private static final String[] CATEGORIES = {
        "Night work and rest", "Family help", "Money and work", "Health care routines", "Feeling alone"
    };

    private TheoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.parseInt(arg(args, 0, "100"));
        int projects = Integer.parseInt(arg(args, 1, "10"));
        long latencyMs = Long.parseLong(arg(args, 2, "1000"));
        int fragments = Integer.parseInt(arg(args, 3, "10000"));
        Path results = Path.of(arg(args, 4, "bench/results/theory.json"));
        List<String> parts = List.of(arg(args, 5, "offline,llm,overhead").split(","));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "theory");
        report.put("measured_at", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        if (parts.contains("offline")) {
            report.put("load_offline", loadOffline(users, projects));
        }
        if (parts.contains("llm")) {
            report.put("load_llm", loadLlm(users, projects, Duration.ofMillis(latencyMs)));
        }
        if (parts.contains("overhead")) {
            report.put("overhead", overhead(fragments));
        }
        String text = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        System.out.println(text);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, text + "\n");
    }

    private static Map<String, Object> loadOffline(int users, int projectCount) throws Exception {
        try (ConfigurableApplicationContext app = BenchHttp.start("bench-theory-offline", List.of())) {
            WebClient client = BenchHttp.client(app);
            List<String[]> projects = new ArrayList<>();
            for (int i = 0; i <= projectCount; i++) {
                String token = BenchHttp.register(client);
                String project = BenchHttp.post(client, token, "/api/demo-project", Map.of())
                        .get("id")
                        .asText();
                projects.add(new String[] {token, project});
            }
            awaitIndexed(app);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("llm", "offline analyst (no model latency)");
            out.put("project", "the demo project (8 interviews, es + en)");
            out.put(
                    "job_workers",
                    app.getBean(com.theogen.job.JobProperties.class).runWorkers());
            out.putAll(load(client, projects, users));
            System.out.println("load, offline: " + out);
            return out;
        }
    }

    private static Map<String, Object> loadLlm(int users, int projectCount, Duration latency) throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(64, latency)) {
            Model model = new Model();
            server.respond(call -> model.answer(call).after(latency));
            try (ConfigurableApplicationContext app = BenchHttp.start("bench-theory-llm", providerArgs(server))) {
                WebClient client = BenchHttp.client(app);
                List<String[]> projects = new ArrayList<>();
                Random random = new Random(20_261_123L);
                for (int i = 0; i <= projectCount; i++) {
                    String token = BenchHttp.register(client);
                    String project = createProject(client, token, "Load " + i);
                    upload(client, token, project, CaregiverCorpus.interviews(random, 4, 10));
                    projects.add(new String[] {token, project});
                }
                awaitIndexed(app);
                model.reset();
                server.respond(call -> model.answer(call).after(latency));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put(
                        "llm",
                        "scripted OpenAI-compatible server, every chat and embeddings call answered after "
                                + latency.toMillis() + " ms");
                out.put("project", "synthetic, 4 interviews, 80 fragments (40 participant turns)");
                out.put("llm_max_concurrency", app.getEnvironment().getProperty("theogen.llm.calls.max-concurrency"));
                out.putAll(load(client, projects, users));
                out.put("chat_calls", server.calls().size());
                out.put("chat_calls_by_schema", model.bySchema());
                out.put("max_chat_calls_in_flight", server.maxInFlight());
                System.out.println("load, model: " + out);
                return out;
            }
        }
    }

    /** The first project warms the server up; the others take the burst of {@code users} clients. */
    private static Map<String, Object> load(WebClient client, List<String[]> all, int users) throws Exception {
        String[] warmup = all.get(0);
        long warmStarted = System.nanoTime();
        awaitEnd(
                client,
                warmup[0],
                warmup[1],
                enqueue(client, warmup[0], warmup[1]).get("task_id").asText());
        double warm = (System.nanoTime() - warmStarted) / 1e9;
        List<String[]> projects = all.subList(1, all.size());
        System.out.printf("%d projects ready, server warm (%.1f s); %d clients start%n", projects.size(), warm, users);
        String loadBefore = loadAverage();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            String[] p = projects.get(u % projects.size());
            outcomes.add(pool.submit(() -> {
                go.await();
                return simulate(client, p[0], p[1]);
            }));
        }
        go.countDown();
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
        String loadAfter = loadAverage();
        pool.shutdown();
        int duplicates = 0;
        List<Long> runMillis = new ArrayList<>();
        Map<String, List<Long>> stageMillis = new LinkedHashMap<>();
        for (String[] p : projects) {
            JsonNode page = BenchHttp.get(client, p[0], "/api/projects/" + p[1] + "/theories");
            duplicates += Math.max(0, page.get("total_items").asInt() - 1);
            for (JsonNode item : page.get("items")) {
                collectStages(
                        BenchHttp.get(
                                client,
                                p[0],
                                "/api/projects/" + p[1] + "/theories/"
                                        + item.get("id").asText()),
                        stageMillis);
            }
            for (JsonNode job : BenchHttp.get(client, p[0], "/api/projects/" + p[1] + "/jobs?limit=5")) {
                if (job.path("kind").asText().equals("theory")) {
                    runMillis.add(Duration.between(
                                    Instant.parse(job.get("created_at").asText()),
                                    Instant.parse(job.get("updated_at").asText()))
                            .toMillis());
                }
            }
        }
        List<Long> quietMicros = new ArrayList<>();
        List<Long> quietRunMillis = new ArrayList<>();
        for (String[] p : projects) {
            long start = System.nanoTime();
            String task = enqueue(client, p[0], p[1]).get("task_id").asText();
            quietMicros.add((System.nanoTime() - start) / 1000);
            awaitEnd(client, p[0], p[1], task);
            quietRunMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(enqueueMicros);
        Collections.sort(runMillis);
        Collections.sort(quietMicros);
        Collections.sort(quietRunMillis);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("users", users);
        out.put("projects", projects.size());
        out.put("warmup_run_seconds", round(warm));
        out.put("burst_enqueue_ms_p50", pct(enqueueMicros, 50) / 1000.0);
        out.put("burst_enqueue_ms_p95", pct(enqueueMicros, 95) / 1000.0);
        out.put("burst_enqueue_ms_p99", pct(enqueueMicros, 99) / 1000.0);
        out.put("completion_rate", (double) completed / users);
        out.put("duplicate_theories", duplicates);
        out.put("stuck_runs", stuck);
        out.put("burst_wall_seconds", round(wall));
        out.put("load_average_before_after", loadBefore + " -> " + loadAfter);
        out.put("burst_run_seconds_median", runMillis.get(runMillis.size() / 2) / 1000.0);
        out.put("burst_run_seconds_max", runMillis.get(runMillis.size() - 1) / 1000.0);
        out.put("burst_stage_ms", medians(stageMillis));
        out.put("quiet_enqueue_ms_p50", pct(quietMicros, 50) / 1000.0);
        out.put("quiet_enqueue_ms_max", quietMicros.get(quietMicros.size() - 1) / 1000.0);
        out.put("quiet_run_seconds_median", quietRunMillis.get(quietRunMillis.size() / 2) / 1000.0);
        return out;
    }

    /** The 1, 5 and 15 minute load averages (Linux), so a figure can be read against how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, Object> overhead(int fragments) throws Exception {
        try (ScriptedLlmServer server = new ScriptedLlmServer(16, Duration.ZERO)) {
            Model model = new Model();
            server.respond(model::answer);
            try (ConfigurableApplicationContext app = BenchHttp.start("bench-theory-overhead", providerArgs(server))) {
                WebClient client = BenchHttp.client(app);
                String token = BenchHttp.register(client);
                String project = createProject(client, token, "Overhead");
                int turnsPerInterview = 50;
                int interviews = Math.max(1, fragments / (2 * turnsPerInterview));
                long uploadStarted = System.nanoTime();
                List<String> files = CaregiverCorpus.interviews(new Random(7), interviews, turnsPerInterview);
                for (int i = 0; i < files.size(); i += 10) {
                    upload(client, token, project, files.subList(i, Math.min(files.size(), i + 10)));
                }
                double upload = (System.nanoTime() - uploadStarted) / 1e9;
                long indexStarted = System.nanoTime();
                awaitIndexed(app);
                double index = (System.nanoTime() - indexStarted) / 1e9;
                long stored =
                        app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM fragments", Long.class);
                System.out.printf(
                        "overhead: %d fragments stored (upload %.1f s, indexed %.1f s later)%n", stored, upload, index);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("llm", "scripted OpenAI-compatible server, zero latency (chat and embeddings)");
                out.put("interviews", interviews);
                out.put("fragments", stored);
                out.put("participant_fragments", stored / 2);
                out.put("upload_seconds", round(upload));
                out.put("indexing_seconds_after_upload", round(index));
                out.put("first_run_codes_everything", run(client, token, project, model, server));
                out.put("second_run_project_already_coded", run(client, token, project, model, server));
                System.out.println("overhead: " + out);
                return out;
            }
        }
    }

    private static Map<String, Object> run(
            WebClient client, String token, String project, Model model, ScriptedLlmServer server)
            throws InterruptedException {
        model.reset();
        server.respond(model::answer);
        long started = System.nanoTime();
        JsonNode status = awaitEnd(
                client,
                token,
                project,
                enqueue(client, token, project).get("task_id").asText());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.get("status").asText());
        out.put("seconds_post_to_completed", round(seconds));
        out.put("chat_calls", server.calls().size());
        out.put("chat_calls_by_schema", model.bySchema());
        out.put("scripted_server_reply_building_seconds", round(model.nanos.get() / 1e9));
        if (status.get("status").asText().equals("completed")) {
            JsonNode theory = BenchHttp.get(
                    client,
                    token,
                    "/api/projects/" + project + "/theories/"
                            + status.get("theory_id").asText());
            Map<String, List<Long>> stages = new LinkedHashMap<>();
            collectStages(theory, stages);
            out.put("stage_ms", medians(stages));
            out.put("propositions", theory.get("propositions").size());
            out.put("validation", theory.get("validation"));
        } else {
            out.put("error", status.get("error_code").asText());
        }
        System.out.println("run: " + out);
        return out;
    }

    /** Answers every stage from its prompt; counts calls per output schema and times its own work. */
    static final class Model {
        private final Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicLong nanos = new AtomicLong();

        Reply answer(ScriptedLlmServer.Received call) {
            long started = System.nanoTime();
            try {
                calls.computeIfAbsent(call.schema(), k -> new AtomicInteger()).incrementAndGet();
                return Reply.chat(
                        switch (call.schema()) {
                            case "open_coding_reply" -> openCoding(call.user());
                            case "axial_reply" -> axial(call.user());
                            case "central_choice" -> ScriptedModel.central(call.user(), null, null);
                            case "paradigm_out" -> ScriptedModel.paradigm(call.user());
                            case "gaps_assessment" -> ScriptedModel.gaps(call.user());
                            case "legacy_out" -> ScriptedModel.legacy(call.user());
                            default -> throw new IllegalStateException("unexpected schema " + call.schema());
                        });
            } finally {
                nanos.addAndGet(System.nanoTime() - started);
            }
        }

        void reset() {
            calls.clear();
            nanos.set(0);
        }

        Map<String, Integer> bySchema() {
            Map<String, Integer> out = new java.util.TreeMap<>();
            calls.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }
    }

    /** One code per known sentence in the shown fragment text (at most three), quoting the sentence verbatim. */
    static String openCoding(String user) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("fragments");
        Matcher fragments = FRAGMENT.matcher(user);
        while (fragments.find()) {
            String text = fragments.group(3);
            ArrayNode codes =
                    out.addObject().put("fragment_id", fragments.group(1)).putArray("codes");
            for (int s = 0; s < CaregiverCorpus.SENTENCES.size() && codes.size() < 3; s++) {
                String sentence = CaregiverCorpus.SENTENCES.get(s);
                if (text.contains(sentence)) {
                    ObjectNode code = codes.addObject()
                            .put("label", CODE_LABELS[s])
                            .put("definition", "Participants speak of " + CODE_LABELS[s])
                            .put("quote", sentence)
                            .put("confidence", 0.8);
                    code.putArray("properties");
                    code.putArray("dimensions");
                }
            }
        }
        return root.toString();
    }

    /** Five categories; a code goes to the category its sentence index selects. */
    static String axial(String user) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode categories = root.putArray("categories");
        List<ArrayNode> groups = new ArrayList<>();
        for (String name : CATEGORIES) {
            groups.add(categories
                    .addObject()
                    .put("name", name)
                    .put("definition", name + " in the caregivers' words")
                    .putArray("code_ids"));
        }
        Matcher codes = CODE.matcher(user);
        while (codes.find()) {
            String label = codes.group(2).strip();
            int index = List.of(CODE_LABELS).indexOf(label);
            groups.get(Math.floorMod(index < 0 ? label.hashCode() : index, CATEGORIES.length))
                    .add(codes.group(1));
        }
        root.putArray("relations");
        return root.toString();
    }

    private static List<String> providerArgs(ScriptedLlmServer server) {
        return List.of(
                "--theogen.llm.provider=openai",
                "--theogen.llm.openai.base-url=" + server.baseUrl(),
                "--theogen.llm.openai.api-key=sk-bench",
                "--theogen.evidence.embedder=llm");
    }

    private static void awaitIndexed(ConfigurableApplicationContext app) throws InterruptedException {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Thread.sleep(1000);
        while (jdbc.queryForObject(
                        "SELECT count(*) FROM evidence_sync WHERE state IN ('pending', 'indexing')", Long.class)
                > 0) {
            Thread.sleep(500);
        }
    }

    /** One client: enqueue, then poll until the run ends. Returns {enqueue µs, 1 completed | 0 failed | -1 stuck}. */
    private static long[] simulate(WebClient client, String token, String project) throws InterruptedException {
        long start = System.nanoTime();
        JsonNode accepted = enqueue(client, token, project);
        long enqueue = (System.nanoTime() - start) / 1000;
        String task = accepted.get("task_id").asText();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status =
                    BenchHttp.get(client, token, "/api/projects/" + project + "/generate-theory/status/" + task);
            String s = status.get("status").asText();
            if (s.equals("completed")) {
                return new long[] {enqueue, 1};
            }
            if (s.equals("failed") || s.equals("canceled")) {
                System.out.println("run ended " + s + ": " + status);
                return new long[] {enqueue, 0};
            }
            Thread.sleep(1000L * Math.max(1, status.get("next_poll_seconds").asInt(1)));
        }
        return new long[] {enqueue, -1};
    }

    private static JsonNode enqueue(WebClient client, String token, String project) {
        return BenchHttp.post(client, token, "/api/projects/" + project + "/generate-theory", Map.of());
    }

    private static JsonNode awaitEnd(WebClient client, String token, String project, String task)
            throws InterruptedException {
        JsonNode status;
        do {
            Thread.sleep(250);
            status = BenchHttp.get(client, token, "/api/projects/" + project + "/generate-theory/status/" + task);
        } while (!status.get("next_poll_seconds").isNull());
        return status;
    }

    private static void collectStages(JsonNode theory, Map<String, List<Long>> into) {
        theory.get("manifest").get("stages").forEach(s -> into.computeIfAbsent(
                        s.get("stage").asText(), k -> new ArrayList<>())
                .add(s.get("elapsed_ms").asLong()));
    }

    private static Map<String, Object> medians(Map<String, List<Long>> stageMillis) {
        Map<String, Object> stages = new LinkedHashMap<>();
        stageMillis.forEach((stage, list) -> {
            Collections.sort(list);
            stages.put(stage, Map.of("median_ms", list.get(list.size() / 2), "max_ms", list.get(list.size() - 1)));
        });
        return stages;
    }

    private static String createProject(WebClient client, String token, String name) {
        return BenchHttp.createProject(
                client,
                token,
                Map.of(
                        "name",
                        name,
                        "language",
                        "en",
                        "research_question",
                        "How do working caregivers sustain care at home?"));
    }

    private static void upload(WebClient client, String token, String project, List<String> files) {
        Map<String, byte[]> named = new LinkedHashMap<>();
        files.forEach(
                text -> named.put("interview-" + UUID.randomUUID() + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        BenchHttp.upload(client, token, project, named);
    }

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
