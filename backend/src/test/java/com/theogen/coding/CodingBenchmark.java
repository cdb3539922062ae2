package com.theogen.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.bench.BenchHttp;
import com.theogen.bench.CaregiverCorpus;
import com.theogen.support.ScriptedLlmServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Coding benchmark (not a test): auto-coding of a synthetic project through the real service and HTTP API,
 * (1) offline: participant fragments coded per second; (2) the LLM path against a zero-latency local
 * OpenAI-compatible server that answers every batch at once: the overhead per fragment of batching, prompt
 * rendering, token counting, parsing, quote location and storage. Run by {@code bench/coding/run.sh}.
 */
public final class CodingBenchmark {

    private static final Pattern FRAGMENT = Pattern.compile("\\[(f\\d+)] [^:\\n]+: <fragment>([^\\n]*)</fragment>");
    private static final Pattern CODE = Pattern.compile("\\[(c\\d+)]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {
        "night shifts", "my mother", "the hospital", "the money", "my sister", "the school", "my boss", "the rent"
    };

    private CodingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/coding.json");
        List<String> corpus = CaregiverCorpus.interviews(new Random(20_251_123L), interviews, 30);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "coding");
        report.put("measured_at", Instant.now().toString());
        report.put("interviews", interviews);
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        report.put("offline", run(corpus, List.of(), null));
        try (ScriptedLlmServer server = new ScriptedLlmServer()) {
            AtomicInteger calls = new AtomicInteger();
            server.respond(call -> {
                calls.incrementAndGet();
                return ScriptedLlmServer.Reply.chat(answer(call.user()));
            });
            Map<String, Object> llm = run(
                    corpus,
                    List.of(
                            "--theogen.llm.provider=openai",
                            "--theogen.llm.openai.base-url=" + server.baseUrl(),
                            "--theogen.llm.openai.api-key=sk-bench",
                            "--theogen.coding.max-concurrent-batches=4",
                            "--theogen.llm.calls.max-concurrency=8"),
                    calls);
            report.put("llm_zero_latency", llm);
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), report);
        System.out.println("written " + results.toAbsolutePath());
    }

    private static Map<String, Object> run(List<String> corpus, List<String> extra, AtomicInteger calls) {
        try (ConfigurableApplicationContext app = BenchHttp.start("bench-data", extra)) {
            WebClient client = BenchHttp.client(app);
            String token = BenchHttp.register(client);
            String project = BenchHttp.createProject(client, token, Map.of("name", "Coding bench", "language", "en"));
            for (int i = 0; i < corpus.size(); i += 10) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (int j = i; j < Math.min(corpus.size(), i + 10); j++) {
                    files.put("interview-" + j + ".txt", corpus.get(j).getBytes(StandardCharsets.UTF_8));
                }
                BenchHttp.upload(client, token, project, files);
            }
            long start = System.nanoTime();
            String task = BenchHttp.post(client, token, "/api/projects/" + project + "/auto-code", Map.of())
                    .get("task_id")
                    .asText();
            JsonNode status;
            do {
                sleep();
                status = BenchHttp.get(client, token, "/api/projects/" + project + "/auto-code/status/" + task);
            } while (!status.get("next_poll_seconds").isNull());
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode coverage = BenchHttp.get(client, token, "/api/projects/" + project + "/coverage");
            JsonNode codes = BenchHttp.get(client, token, "/api/projects/" + project + "/codes?size=1");
            int fragments = coverage.at("/project/fragments").asInt();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("status", status.get("status").asText());
            figures.put("participant_fragments", fragments);
            figures.put("coded_fragments", coverage.at("/project/coded").asInt());
            figures.put("codes", codes.get("total_items").asInt());
            figures.put("seconds_post_to_completed", round(seconds));
            figures.put("fragments_per_second", round(fragments / seconds));
            figures.put("ms_per_fragment", round(1000 * seconds / fragments));
            if (calls != null) {
                figures.put("model_calls", calls.get());
            }
            System.out.println((calls == null ? "offline: " : "llm (zero-latency server): ") + figures);
            return figures;
        }
    }

    /** One code per fragment, quoting its first five words; all codes in one category. */
    private static String answer(String user) {
        ObjectNode root = JSON.createObjectNode();
        Matcher codes = CODE.matcher(user);
        if (codes.find()) {
            ArrayNode ids = root.putArray("categories")
                    .addObject()
                    .put("name", "Everyday care")
                    .put("definition", "All codes")
                    .putArray("code_ids");
            ids.add(codes.group(1));
            while (codes.find()) {
                ids.add(codes.group(1));
            }
            root.putArray("relations");
            return root.toString();
        }
        ArrayNode fragments = root.putArray("fragments");
        Matcher matcher = FRAGMENT.matcher(user);
        while (matcher.find()) {
            String[] words = matcher.group(2).split(" ");
            String quote = String.join(" ", List.of(words).subList(0, Math.min(5, words.length)));
            ObjectNode code = fragments
                    .addObject()
                    .put("fragment_id", matcher.group(1))
                    .putArray("codes")
                    .addObject()
                    .put("label", "talking about " + TOPICS[Math.abs(quote.hashCode()) % TOPICS.length])
                    .put("definition", "A benchmark code")
                    .put("quote", quote)
                    .put("confidence", 0.8);
            code.putArray("properties");
            code.putArray("dimensions");
        }
        return root.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
