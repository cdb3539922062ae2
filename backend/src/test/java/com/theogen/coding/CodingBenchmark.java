package com.theogen.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.theogen.TheoGenApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Coding benchmark (not a test): auto-coding of a synthetic project through the real service and HTTP API,
 * (1) offline: participant fragments coded per second; (2) the LLM path against a zero-latency local
 * OpenAI-compatible server that answers every batch at once: the overhead per fragment of batching, prompt
 * rendering, token counting, parsing, quote location and storage. Run by {@code bench/coding/run.sh}.
 */
public final class CodingBenchmark {

    private static final Pattern FRAGMENT = Pattern.compile("\\[(f\\d+)] [^:\\n]+: ([^\\n]+)");
    private static final Pattern CODE = Pattern.compile("\\[(c\\d+)]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SENTENCES = {
        "I work night shifts at the hospital and sleep very little.",
        "My mother needs help with her medicine every morning.",
        "My sister lives far away, so I do most of the caring alone.",
        "The money is never enough since I cut my hours.",
        "My boss does not understand why I need to leave early.",
        "The school calls me when the children are sick.",
        "I feel guilty when I cannot be there for my mother.",
        "The nurse from the clinic visits on Tuesdays.",
        "On weekends I try to rest, but there is always something to do.",
        "I asked my neighbour for help with the shopping.",
        "Paying the rent is the hardest part of the month.",
        "I take the bus to the doctor with my mother.",
        "Sometimes I think about quitting my job.",
        "My brother sends money but he never visits.",
        "I keep a calendar of every appointment on the fridge.",
        "Nobody asks how I am doing.",
        "The doctor changed her medicine again last week.",
        "I am tired all the time and my back hurts.",
        "My children help with small things after school.",
        "I found a support group for carers at the community centre."
    };
    private static final String[] TOPICS = {
        "night shifts", "my mother", "the hospital", "the money", "my sister", "the school", "my boss", "the rent"
    };

    private CodingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/results/coding.json");
        List<String> corpus = corpus(interviews, 20_251_123L);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "coding");
        report.put("measured_at", Instant.now().toString());
        report.put("interviews", interviews);
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        report.put("offline", run(corpus, List.of(), null));
        try (ChatServer server = new ChatServer()) {
            AtomicInteger calls = new AtomicInteger();
            server.respond(user -> {
                calls.incrementAndGet();
                return ChatServer.Reply.chat(answer(user));
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
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--theogen.storage.ephemeral=true",
                "--theogen.storage.data-dir=target/bench-data",
                "--theogen.demo.seed-on-registration=false",
                "--logging.level.root=WARN"));
        args.addAll(extra);
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(TheoGenApplication.class).run(args.toArray(String[]::new))) {
            WebClient client = WebClient.builder()
                    .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                    .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                    .build();
            String token = post(
                            client,
                            null,
                            "/api/auth/register",
                            Map.of(
                                    "email",
                                    "bench-" + UUID.randomUUID() + "@example.org",
                                    "password",
                                    "benchmark passphrase"))
                    .get("access_token")
                    .asText();
            String project = post(client, token, "/api/projects", Map.of("name", "Coding bench", "language", "en"))
                    .get("id")
                    .asText();
            for (int i = 0; i < corpus.size(); i += 10) {
                MultipartBodyBuilder body = new MultipartBodyBuilder();
                for (int j = i; j < Math.min(corpus.size(), i + 10); j++) {
                    body.part("files", new ByteArrayResource(corpus.get(j).getBytes(StandardCharsets.UTF_8)))
                            .filename("interview-" + j + ".txt");
                }
                client.post()
                        .uri("/api/projects/" + project + "/interviews")
                        .header("Authorization", "Bearer " + token)
                        .body(BodyInserters.fromMultipartData(body.build()))
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .block(Duration.ofMinutes(5));
            }
            long start = System.nanoTime();
            String task = post(client, token, "/api/projects/" + project + "/auto-code", Map.of())
                    .get("task_id")
                    .asText();
            JsonNode status;
            do {
                sleep();
                status = get(client, token, "/api/projects/" + project + "/auto-code/status/" + task);
            } while (!status.get("next_poll_seconds").isNull());
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode coverage = get(client, token, "/api/projects/" + project + "/coverage");
            JsonNode codes = get(client, token, "/api/projects/" + project + "/codes?size=1");
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

    /** Interviews made of sentences a caregiver might say, so phrases recur across interviews as in real data. */
    private static List<String> corpus(int interviews, long seed) {
        Random random = new Random(seed);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < interviews; i++) {
            StringBuilder text = new StringBuilder();
            for (int turn = 0; turn < 30; turn++) {
                text.append("Interviewer: Can you tell me about ")
                        .append(TOPICS[random.nextInt(TOPICS.length)])
                        .append("?\n\n");
                text.append("Participant:");
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    text.append(' ').append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
                text.append("\n\n");
            }
            files.add(text.toString());
        }
        return files;
    }

    private static JsonNode post(WebClient client, String token, String uri, Object body) {
        WebClient.RequestBodySpec request = client.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.bodyValue(body).retrieve().bodyToMono(JsonNode.class).block(Duration.ofMinutes(2));
    }

    private static JsonNode get(WebClient client, String token, String uri) {
        return client.get()
                .uri(uri)
                .header("Authorization", "Bearer " + token)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .block(Duration.ofMinutes(2));
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
