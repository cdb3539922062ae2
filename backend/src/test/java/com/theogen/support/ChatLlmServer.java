package com.theogen.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local OpenAI-compatible server ({@code /v1/chat/completions}, {@code /v1/embeddings}) for coding and theory runs
 * and their benchmarks. Calls may arrive concurrently, so replies are chosen by what is asked (the output schema's
 * name, the prompt), not by arrival order; a test installs a responder that may also inject faults: 429 with
 * Retry-After, 5xx, a context-length refusal, malformed JSON, a reply cut off at the output limit, a reply slower
 * than the call timeout, or no reply at all (a hung provider).
 */
public final class ChatLlmServer implements AutoCloseable {

    /**
     * A request as received. {@code schema} is the response_format schema name (e.g. {@code paradigm_out}); {@code
     * user} is every user message's text, joined by a blank line; {@code messages} the messages as sent, each {@code
     * role: content}; {@code promptCacheKey} the {@code prompt_cache_key} field, empty when none was sent.
     */
    public record Call(String schema, String system, String user, List<String> messages, String promptCacheKey) {

        public Call(String schema, String system, String user) {
            this(schema, system, user, List.of("system: " + system, "user: " + user), "");
        }

        public Call {
            messages = List.copyOf(messages);
        }
    }

    public record Reply(int status, String content, String retryAfter, Duration delay, String finishReason) {

        /** Held open without an answer until the client gives up or the server closes: a hung provider. */
        static final Duration NEVER = Duration.ofMillis(Long.MAX_VALUE);

        public Reply(int status, String content, String retryAfter, Duration delay) {
            this(status, content, retryAfter, delay, "stop");
        }

        public static Reply chat(String content) {
            return new Reply(200, content, null, Duration.ZERO);
        }

        /** A reply the model cut off at its output limit ({@code finish_reason: length}). */
        public static Reply truncated(String content) {
            return new Reply(200, content, null, Duration.ZERO, "length");
        }

        /** The request is accepted and not answered until the next {@link #respond} or {@link #close}. */
        public static Reply hang() {
            return new Reply(200, "", null, NEVER);
        }

        public static Reply rateLimited() {
            return new Reply(429, "", "0", Duration.ZERO);
        }

        public static Reply serverError() {
            return new Reply(500, "", null, Duration.ZERO);
        }

        /** OpenAI's answer to a prompt longer than the model's window (400, {@code context_length_exceeded}). */
        public static Reply contextTooLong() {
            return new Reply(400, "", null, Duration.ZERO);
        }

        public Reply after(Duration delay) {
            return new Reply(status, content, retryAfter, delay, finishReason);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int DIMENSIONS = 384;

    private final Duration embeddingDelay;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile Function<Call, Reply> responder = call -> Reply.serverError();

    public ChatLlmServer() {
        this(8, Duration.ZERO);
    }

    /**
     * A server handling up to {@code threads} requests at once; {@code /v1/embeddings} requests are answered after
     * {@code embeddingDelay} with deterministic vectors (words hashed into {@value #DIMENSIONS} dimensions, so that
     * texts sharing words are similar), for a run whose embedder is the provider ({@code theogen.evidence.embedder=llm}).
     */
    public ChatLlmServer(int threads, Duration embeddingDelay) {
        this.embeddingDelay = embeddingDelay;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Installs the responder for the next calls; requests still held open by {@link Reply#hang()} are let go. */
    public void respond(Function<Call, Reply> responder) {
        CountDownLatch previous = release;
        release = new CountDownLatch(1);
        previous.countDown();
        this.responder = responder;
        calls.clear();
        maxInFlight.set(0);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The most chat requests that were being answered at the same moment since the last {@link #respond}. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Chat requests being answered (or held open) right now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (exchange.getRequestURI().getPath().endsWith("/embeddings")) {
            pause(embeddingDelay);
            send(exchange, 200, embeddings(body.path("input")), null);
            return;
        }
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            chat(exchange, body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void chat(HttpExchange exchange, JsonNode body) throws IOException {
        String system = "";
        List<String> users = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode message : body.path("messages")) {
            String role = message.path("role").asText();
            messages.add(role + ": " + message.path("content").asText());
            if ("user".equals(role)) {
                users.add(message.path("content").asText());
            } else if ("system".equals(role)) {
                system = message.path("content").asText();
            }
        }
        String schema =
                body.path("response_format").path("json_schema").path("name").asText("");
        Call call = new Call(
                schema,
                system,
                String.join("\n\n", users),
                messages,
                body.path("prompt_cache_key").asText(""));
        calls.add(call);
        Reply reply;
        try {
            reply = responder.apply(call);
        } catch (RuntimeException e) {
            reply = Reply.serverError();
        }
        if (Reply.NEVER.equals(reply.delay())) {
            awaitRelease();
        } else {
            pause(reply.delay());
        }
        String out = reply.status() == 200 ? completion(reply.content(), reply.finishReason()) : error(reply.status());
        send(exchange, reply.status(), out, reply.retryAfter());
    }

    private static void send(HttpExchange exchange, int status, String out, String retryAfter) throws IOException {
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: that is the scenario being tested
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String embeddings(JsonNode input) {
        ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", "scripted-embedding");
        ArrayNode data = root.putArray("data");
        List<String> texts = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(t -> texts.add(t.asText()));
        } else {
            texts.add(input.asText());
        }
        int words = 0;
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = new float[DIMENSIONS];
            for (String word : texts.get(i).toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
                    words++;
                }
            }
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            ArrayNode values =
                    data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
            for (float v : vector) {
                values.add(norm == 0 ? (float) (1 / Math.sqrt(DIMENSIONS)) : (float) (v / Math.sqrt(norm)));
            }
        }
        root.putObject("usage").put("prompt_tokens", words).put("total_tokens", words);
        return root.toString();
    }

    private static String completion(String content, String finishReason) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-theory")
                .put("object", "chat.completion")
                .put("created", 1735689600)
                .put("model", "scripted-theory");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message")
                .put("role", "assistant")
                .put("content", content)
                .putNull("refusal");
        choice.put("finish_reason", finishReason);
        choice.putNull("logprobs");
        root.putObject("usage")
                .put("prompt_tokens", 200)
                .put("completion_tokens", 50)
                .put("total_tokens", 250);
        return root.toString();
    }

    private static String error(int status) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        if (status == 400) {
            error.put(
                            "message",
                            "This model's maximum context length is 128000 tokens. However, your messages resulted in"
                                    + " 131072 tokens. Please reduce the length of the messages.")
                    .put("type", "invalid_request_error")
                    .put("param", "messages")
                    .put("code", "context_length_exceeded");
            return root.toString();
        }
        error.put("message", status == 429 ? "Rate limit reached" : "scripted failure")
                .put("type", status == 429 ? "requests" : "server_error")
                .putNull("param")
                .put("code", status == 429 ? "rate_limit_exceeded" : null);
        return root.toString();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
