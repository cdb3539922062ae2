package com.theogen.theory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.theogen.bench.BenchHttp;
import com.theogen.support.ChatLlmServer;
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
 */
public final class LlmCallsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmCallsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "after";
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/llm-calls-" + label + ".json");
        Encoding o200k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "llm-calls");
        report.put("label", label);
        report.put("measured_at", Instant.now().toString());
        try (ChatLlmServer server = new ChatLlmServer()) {
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
                for (ChatLlmServer.Call call : server.calls()) {
                    long[] sums = bySchema.computeIfAbsent(call.schema(), k -> new long[2]);
                    sums[0]++;
                    sums[1] += o200k.countTokens(call.system()) + o200k.countTokens(call.user());
                }
                Map<String, Object> rows = new LinkedHashMap<>();
                long calls = 0;
                long tokens = 0;
                for (Map.Entry<String, long[]> e : bySchema.entrySet()) {
                    calls += e.getValue()[0];
                    tokens += e.getValue()[1];
                    rows.put(e.getKey(), row(e.getValue()[0], e.getValue()[1], fragments));
                }
                report.put("total", row(calls, tokens, fragments));
                report.put("by_schema", rows);
            }
        }
        String text = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        System.out.println(text);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, text + "\n");
    }

    private static Map<String, Object> row(long calls, long tokens, long fragments) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", calls);
        out.put("calls_per_1000_fragments", Math.round(calls * 10_000.0 / Math.max(1, fragments)) / 10.0);
        out.put("prompt_tokens", tokens);
        out.put("prompt_tokens_per_fragment", Math.round(tokens * 10.0 / Math.max(1, fragments)) / 10.0);
        out.put("prompt_tokens_per_call", calls == 0 ? 0 : tokens / calls);
        return out;
    }

    private static List<String> providerArgs(ChatLlmServer server) {
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
