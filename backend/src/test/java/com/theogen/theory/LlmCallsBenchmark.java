package com.theogen.theory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.theogen.bench.BenchHttp;
import com.theogen.support.ScriptedLlmServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Issue #24 closing note: what the model path sends for the demo project. One theory run on a fresh demo project
 * (uncoded, so the run codes every interview: open coding, axial grouping, core category, paradigm, gaps) with the
 * provider a local OpenAI-compatible server answering from each prompt ({@link ScriptedModel}); every chat request
 * it received is counted by output schema and measured in o200k tokens (system + user message, as sent). Reported:
 * model calls, calls per 1,000 fragments, prompt tokens per fragment, by schema and in total. The same class runs on
 * an older checkout for the "before" figures (bench/llm-calls/run.sh).
 *
 * <p>Shared prefix (docs/adr/038): for each call, the o200k tokens of the longest prefix of its messages (system, then
 * user text) that an earlier call of the run sent byte for byte — the part a provider's automatic prompt cache can
 * serve; {@code cacheable_prefix_tokens} counts it only where it reaches {@value #CACHE_MINIMUM} tokens, OpenAI's and
 * Azure's minimum. Messages only: OpenAI also puts the response_format schema before the system message, which this
 * does not see.
 */
public final class LlmCallsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int CACHE_MINIMUM = 1024;

    private LlmCallsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "after";
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/llm-calls-" + label + ".json");
        Encoding o200k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "llm-calls");
        report.put("label", label);
        report.put("measured_at", Instant.now().toString());
        try (ScriptedLlmServer server = new ScriptedLlmServer()) {
            server.respond(ScriptedModel::answer);
            try (ConfigurableApplicationContext app =
                    BenchHttp.start("bench-llm-calls-" + label, providerArgs(server))) {
                WebClient client = BenchHttp.client(app);
                String token = BenchHttp.register(client);
                String project = BenchHttp.post(client, token, "/api/demo-project", Map.of())
                        .get("id")
                        .asText();
                awaitIndexed(app);
                server.respond(ScriptedModel::answer);
                String task = BenchHttp.post(client, token, "/api/projects/" + project + "/generate-theory", Map.of())
                        .get("task_id")
                        .asText();
                JsonNode status = awaitEnd(client, token, project, task);
                long fragments = app.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "SELECT count(*) FROM fragments WHERE interview_id IN"
                                        + " (SELECT id FROM interviews WHERE project_id = ?)",
                                Long.class,
                                UUID.fromString(project));
                report.put("status", status.get("status").asText());
                report.put("project", "the demo project, uncoded; one theory run codes it and builds the theory");
                report.put("fragments", fragments);
                Map<String, long[]> bySchema = new TreeMap<>();
                List<String> seen = new java.util.ArrayList<>();
                for (ScriptedLlmServer.Received call : server.calls()) {
                    long[] sums = bySchema.computeIfAbsent(call.schema(), k -> new long[4]);
                    sums[0]++;
                    sums[1] += o200k.countTokens(call.system()) + o200k.countTokens(call.user());
                    String sent = call.system() + "\n" + call.user();
                    int shared = 0;
                    for (String earlier : seen) {
                        shared = Math.max(shared, commonPrefix(sent, earlier));
                    }
                    seen.add(sent);
                    long prefix = shared == 0 ? 0 : o200k.countTokens(sent.substring(0, shared));
                    sums[2] += prefix;
                    sums[3] += prefix >= CACHE_MINIMUM ? prefix : 0;
                }
                Map<String, Object> rows = new LinkedHashMap<>();
                long[] total = new long[4];
                for (Map.Entry<String, long[]> e : bySchema.entrySet()) {
                    for (int i = 0; i < total.length; i++) {
                        total[i] += e.getValue()[i];
                    }
                    rows.put(e.getKey(), row(e.getValue(), fragments));
                }
                report.put("total", row(total, fragments));
                report.put("by_schema", rows);
            }
        }
        String text = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        System.out.println(text);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, text + "\n");
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static Map<String, Object> row(long[] sums, long fragments) {
        long calls = sums[0];
        long tokens = sums[1];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", calls);
        out.put("calls_per_1000_fragments", Math.round(calls * 10_000.0 / Math.max(1, fragments)) / 10.0);
        out.put("prompt_tokens", tokens);
        out.put("prompt_tokens_per_fragment", Math.round(tokens * 10.0 / Math.max(1, fragments)) / 10.0);
        out.put("prompt_tokens_per_call", calls == 0 ? 0 : tokens / calls);
        out.put("shared_prefix_tokens", sums[2]);
        out.put("cacheable_prefix_tokens", sums[3]);
        out.put("cacheable_share", tokens == 0 ? 0 : Math.round(sums[3] * 1000.0 / tokens) / 1000.0);
        return out;
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

    private static JsonNode awaitEnd(WebClient client, String token, String project, String task)
            throws InterruptedException {
        JsonNode status;
        do {
            Thread.sleep(500);
            status = BenchHttp.get(client, token, "/api/projects/" + project + "/generate-theory/status/" + task);
        } while (!status.get("next_poll_seconds").isNull());
        return status;
    }
}
