package com.theogen.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one scripted LLM server of the tests: a local HTTP server speaking the chat-completions and embeddings wire
 * formats of OpenAI ({@code /v1/chat/completions}, bearer key) or Azure OpenAI ({@code
 * /openai/deployments/{d}/chat/completions?api-version=…}, {@code api-key} header), and the speech-to-text formats of
 * OpenAI ({@code /v1/audio/transcriptions}, multipart) and Azure AI Speech fast transcription ({@code
 * /speechtotext/transcriptions:transcribe?api-version=…}, {@code Ocp-Apim-Subscription-Key}).
 *
 * <p>Replies come from a script in arrival order ({@link #enqueue}) or, for calls that arrive concurrently, from a
 * responder that chooses by what is asked ({@link #respond}: the output schema's name, the prompt). Either may inject
 * faults: 429 with Retry-After, 5xx, a context-length refusal, malformed JSON, a reply cut off at the output limit, a
 * slow reply, a reset connection or no reply at all (a hung provider). A request with the wrong path or key is
 * answered as the real service would (404 / 401) and still recorded. A server built for whole-application runs
 * ({@link #ScriptedLlmServer()}) accepts any key and answers embeddings itself with deterministic vectors.
 */
public final class ScriptedLlmServer implements AutoCloseable {

    public enum Dialect {
        OPENAI,
        AZURE,
        AZURE_SPEECH
    }

    /** One part of a multipart request: its file name ({@code null} for a field) and bytes. */
    public record Part(String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** A request as received: lower-case header names, parsed JSON body or multipart parts. */
    public record Received(
            String path, String query, Map<String, List<String>> headers, JsonNode body, Map<String, Part> parts) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The second message's text (the user message of a system + user prompt). */
        public String userMessage() {
            return body.path("messages").path(1).path("content").asText();
        }

        /** The first message's text. */
        public String systemMessage() {
            return body.path("messages").path(0).path("content").asText();
        }

        /** The response_format schema name (e.g. {@code paradigm_out}); empty when none was sent. */
        public String schema() {
            return body.path("response_format").path("json_schema").path("name").asText("");
        }

        /** The system message's text; empty when none was sent. */
        public String system() {
            String system = "";
            for (JsonNode message : body.path("messages")) {
                if ("system".equals(message.path("role").asText())) {
                    system = message.path("content").asText();
                }
            }
            return system;
        }

        /** Every user message's text, joined by a blank line. */
        public String user() {
            List<String> users = new ArrayList<>();
            for (JsonNode message : body.path("messages")) {
                if ("user".equals(message.path("role").asText())) {
                    users.add(message.path("content").asText());
                }
            }
            return String.join("\n\n", users);
        }

        /** The messages as sent, each {@code role: content}. */
        public List<String> messages() {
            List<String> messages = new ArrayList<>();
            for (JsonNode message : body.path("messages")) {
                messages.add(message.path("role").asText() + ": "
                        + message.path("content").asText());
            }
            return messages;
        }

        /** The {@code prompt_cache_key} field; empty when none was sent. */
        public String promptCacheKey() {
            return body.path("prompt_cache_key").asText("");
        }

        boolean isChat() {
            return path.endsWith("/chat/completions");
        }
    }

    /** One scripted reply: status, body, extra headers, a delay, or a dropped connection. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay, boolean drop) {

        public static Reply chat(String content) {
            return chat(content, "stop");
        }

        /** A chat completion with the given {@code finish_reason} ({@code length}: cut off at the output limit). */
        public static Reply chat(String content, String finishReason) {
            ObjectNode root = JSON.createObjectNode()
                    .put("id", "chatcmpl-test")
                    .put("object", "chat.completion")
                    .put("created", 1735689600)
                    .put("model", "scripted");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.putObject("message")
                    .put("role", "assistant")
                    .put("content", content)
                    .putNull("refusal");
            choice.put("finish_reason", finishReason);
            choice.putNull("logprobs");
            root.putObject("usage")
                    .put("prompt_tokens", 321)
                    .put("completion_tokens", 45)
                    .put("total_tokens", 366);
            return raw(200, root.toString());
        }

        /** A reply the model cut off at its output limit ({@code finish_reason: length}). */
        public static Reply truncated(String content) {
            return chat(content, "length");
        }

        /** A reply whose usage says that {@code cached} of its prompt tokens came from the provider's prompt cache. */
        public static Reply chatCached(String content, long cached) {
            ObjectNode root = (ObjectNode) tree(chat(content).body());
            ((ObjectNode) root.get("usage")).putObject("prompt_tokens_details").put("cached_tokens", cached);
            return raw(200, root.toString());
        }

        /** OpenAI's verbose_json: each segment is {start seconds, end seconds, text[, diarized speaker]}. */
        public static Reply whisper(Object[]... segments) {
            ObjectNode root = JSON.createObjectNode().put("task", "transcribe").put("language", "english");
            ArrayNode list = root.putArray("segments");
            double duration = 0;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                Object[] s = segments[i];
                ObjectNode segment = list.addObject()
                        .put("id", i)
                        .put("seek", 0)
                        .put("start", ((Number) s[0]).doubleValue())
                        .put("end", ((Number) s[1]).doubleValue())
                        .put("text", " " + s[2])
                        .put("temperature", 0.0)
                        .put("avg_logprob", -0.2)
                        .put("compression_ratio", 1.1)
                        .put("no_speech_prob", 0.01);
                segment.putArray("tokens").add(50364);
                if (s.length > 3) {
                    segment.put("speaker", (String) s[3]);
                }
                duration = ((Number) s[1]).doubleValue();
                text.append(' ').append(s[2]);
            }
            root.put("duration", duration).put("text", text.toString().strip());
            return raw(200, root.toString());
        }

        /** Azure fast transcription: each phrase is {offset ms, duration ms, speaker (int), text}. */
        public static Reply azurePhrases(long totalMs, Object[]... phrases) {
            ObjectNode root = JSON.createObjectNode().put("durationMilliseconds", totalMs);
            StringBuilder text = new StringBuilder();
            ArrayNode list = root.putArray("phrases");
            for (Object[] p : phrases) {
                ObjectNode phrase = list.addObject()
                        .put("offsetMilliseconds", ((Number) p[0]).longValue())
                        .put("durationMilliseconds", ((Number) p[1]).longValue())
                        .put("text", (String) p[3])
                        .put("locale", "en-US")
                        .put("confidence", 0.93);
                if (p[2] != null) {
                    phrase.put("speaker", ((Number) p[2]).intValue());
                }
                phrase.putArray("words");
                text.append(' ').append(p[3]);
            }
            root.putArray("combinedPhrases")
                    .addObject()
                    .put("text", text.toString().strip());
            return raw(200, root.toString());
        }

        /** Azure Speech's error body ({@code code}, {@code message}). */
        public static Reply azureError(int status, String code, String message) {
            return raw(
                    status,
                    JSON.createObjectNode()
                            .put("code", code)
                            .put("message", message)
                            .toString());
        }

        /** The error body shape OpenAI and Azure send. */
        public static Reply error(int status, String message, String type, String param, String code) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode error = root.putObject("error").put("message", message).put("type", type);
            putNullable(error, "param", param);
            putNullable(error, "code", code);
            return raw(status, root.toString());
        }

        public static Reply raw(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO, false);
        }

        /** 429 asking to wait {@code retryAfter} (seconds, or an HTTP date). */
        public static Reply rateLimited(String retryAfter) {
            Reply reply = error(429, "Rate limit reached for requests", "requests", null, "rate_limit_exceeded");
            return new Reply(429, reply.body(), Map.of("Retry-After", retryAfter), Duration.ZERO, false);
        }

        /** 429 that may be retried at once. */
        public static Reply rateLimited() {
            return rateLimited("0");
        }

        public static Reply serverError() {
            return error(500, "The server had an error while processing your request.", "server_error", null, null);
        }

        /** OpenAI's answer to a prompt longer than the model's window (400, {@code context_length_exceeded}). */
        public static Reply contextTooLong() {
            return error(
                    400,
                    "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072"
                            + " tokens. Please reduce the length of the messages.",
                    "invalid_request_error",
                    "messages",
                    "context_length_exceeded");
        }

        /**
         * Accepted and held open until the next {@link #respond} (then answered with empty content) or {@link #close}:
         * a hung provider.
         */
        public static Reply hang() {
            return chat("").after(NEVER);
        }

        /** The connection is closed without any response, as when a proxy resets it. */
        public static Reply reset() {
            return new Reply(0, "", Map.of(), Duration.ZERO, true);
        }

        public static Reply embeddings(float[]... vectors) {
            ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", "scripted");
            ArrayNode data = root.putArray("data");
            for (int i = 0; i < vectors.length; i++) {
                ArrayNode values = data.addObject()
                        .put("object", "embedding")
                        .put("index", i)
                        .putArray("embedding");
                for (float v : vectors[i]) {
                    values.add(v);
                }
            }
            root.putObject("usage").put("prompt_tokens", 7).put("total_tokens", 7);
            return raw(200, root.toString());
        }

        public Reply after(Duration wait) {
            return new Reply(status, body, headers, wait, drop);
        }

        private static void putNullable(ObjectNode node, String name, String value) {
            if (value == null) {
                node.putNull(name);
            } else {
                node.put(name, value);
            }
        }
    }

    /** The dimension of the vectors a whole-application server answers embeddings with. */
    public static final int DIMENSIONS = 384;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration NEVER = Duration.ofMillis(Long.MAX_VALUE);
    private static final Pattern AZURE_PATH =
            Pattern.compile("/openai/deployments/([^/]+)/(chat/completions|embeddings)");

    private final Dialect dialect;
    private final String key;
    private final int embeddingDimensions;
    private final Duration embeddingDelay;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile Function<Received, Reply> responder = this::next;

    /** A strict server: requests must carry {@code key}; every reply, embeddings included, comes from the script. */
    public ScriptedLlmServer(Dialect dialect, String key) throws IOException {
        this(dialect, key, 4, 0, Duration.ZERO);
    }

    /**
     * A server for whole-application runs: OpenAI dialect, any key, up to eight requests at once, embeddings answered
     * with deterministic {@value #DIMENSIONS}-dimensional vectors.
     */
    public ScriptedLlmServer() {
        this(8, Duration.ZERO);
    }

    /** As {@link #ScriptedLlmServer()}, handling up to {@code threads} requests, embeddings after {@code delay}. */
    public ScriptedLlmServer(int threads, Duration embeddingDelay) {
        this(Dialect.OPENAI, null, threads, DIMENSIONS, embeddingDelay);
    }

    /**
     * @param key the key requests must carry; {@code null} accepts any
     * @param embeddingDimensions when positive, {@code /embeddings} is answered by {@link #vector} at this size (or
     *     the request's {@code dimensions}), never from the script
     */
    public ScriptedLlmServer(
            Dialect dialect, String key, int threads, int embeddingDimensions, Duration embeddingDelay) {
        this.dialect = dialect;
        this.key = key;
        this.embeddingDimensions = embeddingDimensions;
        this.embeddingDelay = embeddingDelay;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newFixedThreadPool(threads);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:port/v1} for OpenAI, the resource endpoint for Azure. */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return dialect == Dialect.OPENAI ? root + "/v1" : root;
    }

    /** Adds replies to the script, answered in arrival order. */
    public ScriptedLlmServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /**
     * Answers the next requests with {@code responder} (a thrown exception is answered with 500), forgets the requests
     * received so far and lets go of requests held open by {@link Reply#hang()}.
     */
    public void respond(Function<Received, Reply> responder) {
        CountDownLatch previous = release;
        release = new CountDownLatch(1);
        previous.countDown();
        this.responder = responder;
        received.clear();
        maxInFlight.set(0);
    }

    /** Every request received, in order. */
    public List<Received> requests() {
        return List.copyOf(received);
    }

    public Received request(int index) {
        return requests().get(index);
    }

    /** The chat requests received, in order. */
    public List<Received> calls() {
        return requests().stream().filter(Received::isChat).toList();
    }

    /** Requests being answered (or held open) right now; embeddings the server computes itself do not count. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The most requests that were being answered at the same moment (since the last {@link #respond}). */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** Drops replies not yet used and the requests received, so a test starts from a known script. */
    public void clearScript() {
        script.clear();
        received.clear();
    }

    private Reply next(Received request) {
        return Optional.ofNullable(script.poll())
                .orElse(Reply.error(500, "script exhausted", "test_error", null, null));
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request = read(exchange);
        received.add(request);
        Optional<Reply> refusal = checkRoute(exchange, request.path(), request.query());
        if (refusal.isEmpty() && embeddingDimensions > 0 && request.path().endsWith("/embeddings")) {
            pause(embeddingDelay);
            send(exchange, Reply.raw(200, embeddings(request.body())));
            return;
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            respond(exchange, request, refusal);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static Received read(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, Part> parts =
                contentType.startsWith("multipart/form-data") ? Multipart.parse(bytes, contentType) : Map.of();
        JsonNode body = bytes.length == 0 || !parts.isEmpty() ? JSON.nullNode() : JSON.readTree(bytes);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new Received(
                exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(), headers, body, parts);
    }

    private void respond(HttpExchange exchange, Received request, Optional<Reply> refusal) throws IOException {
        Reply reply = refusal.orElseGet(() -> answer(request));
        if (refusal.isEmpty() && reply.status() == 200 && request.path().endsWith("/embeddings")) {
            reply = matchEncoding(reply, request.body());
        }
        if (NEVER.equals(reply.delay())) {
            awaitRelease();
        } else {
            pause(reply.delay());
        }
        if (reply.drop()) {
            // no response at all: the JDK server closes the connection when a handler fails before responding
            throw new IOException("scripted connection reset");
        }
        send(exchange, reply);
    }

    private Reply answer(Received request) {
        try {
            return responder.apply(request);
        } catch (RuntimeException e) {
            return Reply.serverError();
        }
    }

    private Optional<Reply> checkRoute(HttpExchange exchange, String path, String query) {
        return switch (dialect) {
            case AZURE_SPEECH -> checkAzureSpeech(exchange, path, query);
            case OPENAI -> checkOpenAi(exchange, path);
            case AZURE -> checkAzure(exchange, path, query);
        };
    }

    private Optional<Reply> checkAzureSpeech(HttpExchange exchange, String path, String query) {
        if (!path.equals("/speechtotext/transcriptions:transcribe")
                || query == null
                || !query.startsWith("api-version=")) {
            return Optional.of(Reply.azureError(404, "NotFound", "Resource not found"));
        }
        if (!keyMatches(exchange.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key"))) {
            return Optional.of(Reply.azureError(
                    401, "Unauthorized", "Access denied due to invalid subscription key or wrong API endpoint."));
        }
        return Optional.empty();
    }

    private Optional<Reply> checkOpenAi(HttpExchange exchange, String path) {
        if (!path.equals("/v1/chat/completions")
                && !path.equals("/v1/embeddings")
                && !path.equals("/v1/audio/transcriptions")) {
            return Optional.of(Reply.error(
                    404, "Unknown request URL: POST " + path, "invalid_request_error", null, "unknown_url"));
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String presented = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
        if (auth == null || !auth.startsWith("Bearer ") || !keyMatches(presented)) {
            // OpenAI names the key it rejected in the message; a real one masks part of it, this one does not
            return Optional.of(Reply.error(
                    401,
                    "Incorrect API key provided: " + presented + ". You can find your API key at the dashboard.",
                    "invalid_request_error",
                    null,
                    "invalid_api_key"));
        }
        return Optional.empty();
    }

    private Optional<Reply> checkAzure(HttpExchange exchange, String path, String query) {
        if (!AZURE_PATH.matcher(path).matches() || query == null || !query.startsWith("api-version=")) {
            return Optional.of(Reply.raw(404, "{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}"));
        }
        if (!keyMatches(exchange.getRequestHeaders().getFirst("api-key"))) {
            return Optional.of(Reply.raw(
                    401,
                    "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key or wrong"
                            + " API endpoint.\"}}"));
        }
        return Optional.empty();
    }

    private boolean keyMatches(String presented) {
        return key == null || key.equals(presented);
    }

    /** The real service answers base64 when asked to; the client under test must ask for floats. */
    private static Reply matchEncoding(Reply reply, JsonNode request) {
        if (!"base64".equals(request.path("encoding_format").asText())) {
            return reply;
        }
        ObjectNode root = (ObjectNode) tree(reply.body());
        for (JsonNode item : root.path("data")) {
            ArrayNode values = (ArrayNode) item.path("embedding");
            ByteBuffer buffer = ByteBuffer.allocate(values.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
            values.forEach(v -> buffer.putFloat(v.floatValue()));
            ((ObjectNode) item).put("embedding", Base64.getEncoder().encodeToString(buffer.array()));
        }
        return Reply.raw(200, root.toString());
    }

    /** Embeddings of every input, as the real service shapes them (floats; base64 only when asked). */
    private String embeddings(JsonNode request) {
        List<String> inputs = new ArrayList<>();
        JsonNode input = request.path("input");
        if (input.isArray()) {
            input.forEach(i -> inputs.add(i.asText()));
        } else {
            inputs.add(input.asText());
        }
        int size = request.path("dimensions").asInt(embeddingDimensions);
        float[][] vectors = new float[inputs.size()][];
        int tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            vectors[i] = vector(inputs.get(i), size);
            tokens += inputs.get(i).split("\\s+").length;
        }
        ObjectNode root = (ObjectNode) tree(Reply.embeddings(vectors).body());
        root.put("model", request.path("model").asText("scripted"));
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return matchEncoding(Reply.raw(200, root.toString()), request).body();
    }

    /**
     * A deterministic bag of words: each word (lower case, first five letters) adds to one hashed component, so texts
     * sharing words are close and unrelated texts are not. Never the zero vector; not normalised, as real services may
     * return any length.
     */
    public static float[] vector(String text, int size) {
        float[] v = new float[size];
        v[0] = 0.05f;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                String stem = word.length() > 5 ? word.substring(0, 5) : word;
                v[1 + Math.floorMod(stem.hashCode(), size - 1)] += 1f;
            }
        }
        return v;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) {
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        try {
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(out);
            }
        } catch (IOException e) {
            // the client gave up (timeout) and closed the connection: nothing to deliver
        } finally {
            exchange.close();
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
