package com.theogen.theory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.theogen.bench.BenchHttp;
import com.theogen.bench.CaregiverCorpus;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Failure benchmark (not a test): how long a run takes to end when the model misbehaves, through the real service
 * and HTTP API against a local OpenAI-compatible server: a provider that never answers (auto-code job; theory run on
 * an uncoded project; theory run whose core-category call hangs), one that answers 429 to every open-coding batch,
 * and the time from a cancel request to {@code canceled} while a model call is in flight. The call timeout is an
 * argument; retries and back-off are the shipped defaults. Run by {@code bench/failures/run.sh}.
 */
public final class RunFailureBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(40);

    private RunFailureBenchmark() {}

    public static void main(String[] args) throws Exception {
        int timeoutSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int cancelTimeoutSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results/run-failures.json");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "run-failures");
        report.put("measured_at", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        report.put("load_average_at_start", loadAverage());
        report.put("call_timeout_seconds", timeoutSeconds);
        try (ScriptedLlmServer server = new ScriptedLlmServer(16, Duration.ZERO)) {
            try (ConfigurableApplicationContext app = start(server, timeoutSeconds)) {
                Bench bench = new Bench(BenchHttp.client(app), server);
                report.put("auto_code_provider_never_answers", bench.autoCode(call -> Reply.hang()));
                report.put("auto_code_every_batch_429", bench.autoCode(call -> Reply.rateLimited()));
                report.put("theory_uncoded_provider_never_answers", bench.theory(false, call -> Reply.hang()));
                report.put(
                        "theory_coded_core_category_never_answers",
                        bench.theory(true, only("central_choice", Reply.hang())));
                report.put("cancel_during_hung_call", bench.cancel());
            }
            try (ConfigurableApplicationContext app = start(server, cancelTimeoutSeconds)) {
                Map<String, Object> cancel = new Bench(BenchHttp.client(app), server).cancel();
                cancel.put("call_timeout_seconds", cancelTimeoutSeconds);
                report.put("cancel_during_hung_call_long_timeout", cancel);
            }
        }
        report.put("load_average_at_end", loadAverage());
        Files.createDirectories(results.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        System.out.println("written " + results.toAbsolutePath());
    }

    private static ConfigurableApplicationContext start(ScriptedLlmServer server, int timeoutSeconds) {
        return BenchHttp.start(
                "bench-failures",
                List.of(
                        "--theogen.llm.provider=openai",
                        "--theogen.llm.openai.base-url=" + server.baseUrl(),
                        "--theogen.llm.openai.api-key=sk-bench",
                        "--theogen.llm.calls.timeout=PT" + timeoutSeconds + "S"));
    }

    /** Every call for {@code schema} gets {@code reply}; the rest are answered well. */
    private static Function<ScriptedLlmServer.Received, Reply> only(String schema, Reply reply) {
        TheoryBenchmark.Model model = new TheoryBenchmark.Model();
        return call -> schema.equals(call.schema()) ? reply : model.answer(call);
    }

    private record Bench(WebClient client, ScriptedLlmServer server) {

        Map<String, Object> autoCode(Function<ScriptedLlmServer.Received, Reply> responder)
                throws InterruptedException {
            String token = BenchHttp.register(client);
            String project = project(token);
            server.respond(responder);
            long started = System.nanoTime();
            String task = BenchHttp.post(client, token, "/api/projects/" + project + "/auto-code", Map.of())
                    .get("task_id")
                    .asText();
            JsonNode status = awaitEnd(token, project, task);
            return figures(status, started);
        }

        Map<String, Object> theory(boolean coded, Function<ScriptedLlmServer.Received, Reply> responder)
                throws InterruptedException {
            String token = BenchHttp.register(client);
            String project = project(token);
            if (coded) {
                code(token, project);
            }
            server.respond(responder);
            long started = System.nanoTime();
            JsonNode status = awaitEnd(token, project, startTheory(token, project));
            return figures(status, started);
        }

        /** A run on a coded project whose paradigm call hangs: canceled once that call is in flight. */
        Map<String, Object> cancel() throws InterruptedException {
            String token = BenchHttp.register(client);
            String project = project(token);
            code(token, project);
            server.respond(only("paradigm_out", Reply.hang()));
            String task = startTheory(token, project);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (server.calls().stream().noneMatch(c -> c.schema().equals("paradigm_out"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            long started = System.nanoTime();
            BenchHttp.post(client, token, "/api/projects/" + project + "/generate-theory/cancel/" + task, Map.of());
            JsonNode status = awaitEnd(token, project, task);
            Map<String, Object> out = figures(status, started);
            out.put("measured_from", "cancel request");
            return out;
        }

        private void code(String token, String project) throws InterruptedException {
            server.respond(new TheoryBenchmark.Model()::answer);
            String task = BenchHttp.post(client, token, "/api/projects/" + project + "/auto-code", Map.of())
                    .get("task_id")
                    .asText();
            JsonNode status = awaitEnd(token, project, task);
            if (!status.get("status").asText().equals("completed")) {
                throw new IllegalStateException("coding the project failed: " + status);
            }
        }

        private String startTheory(String token, String project) {
            return BenchHttp.post(client, token, "/api/projects/" + project + "/generate-theory", Map.of())
                    .get("task_id")
                    .asText();
        }

        /** Three interviews of ten turns: three open-coding batches, two in flight at a time (the defaults). */
        private String project(String token) {
            String project = BenchHttp.createProject(client, token, Map.of("name", "Failure bench", "language", "en"));
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<String> corpus = CaregiverCorpus.interviews(new Random(15), 3, 10);
            for (int i = 0; i < corpus.size(); i++) {
                files.put("interview-" + i + ".txt", corpus.get(i).getBytes(StandardCharsets.UTF_8));
            }
            BenchHttp.upload(client, token, project, files);
            return project;
        }

        private JsonNode awaitEnd(String token, String project, String task) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            JsonNode status;
            do {
                Thread.sleep(200);
                status = BenchHttp.get(client, token, "/api/projects/" + project + "/jobs/" + task);
            } while (!status.get("next_poll_seconds").isNull() && System.nanoTime() < deadline);
            return status;
        }

        private Map<String, Object> figures(JsonNode status, long startedNanos) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", status.get("status").asText());
            out.put("error_code", status.get("error_code").asText(null));
            out.put("step", status.get("step").asText(null));
            out.put("seconds_to_end", Math.round((System.nanoTime() - startedNanos) / 1e7) / 100.0);
            out.put("chat_requests", server.calls().size());
            System.out.println(out);
            return out;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
