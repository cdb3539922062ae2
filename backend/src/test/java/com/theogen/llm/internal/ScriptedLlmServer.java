package com.theogen.llm.internal;

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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server speaking the chat-completions and embeddings wire formats of OpenAI ({@code
 * /v1/chat/completions}, bearer key) or Azure OpenAI ({@code /openai/deployments/{d}/chat/completions?api-version=…},
 * {@code api-key} header), and the speech-to-text formats of OpenAI ({@code /v1/audio/transcriptions}, multipart)
 * and Azure AI Speech fast transcription ({@code /speechtotext/transcriptions:transcribe?api-version=…},
 * {@code Ocp-Apim-Subscription-Key}). Each test scripts the replies in order and then inspects the exact requests
 * received. A request with the wrong path or key is answered as the real service would (404 / 401) and still
 * recorded.
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

        String userMessage() {
            return body.path("messages").path(1).path("content").asText();
        }

        String systemMessage() {
            return body.path("messages").path(0).path("content").asText();
        }
    }

    /** One scripted reply. */
    public record Reply(int status, String body, Map<String, String> headers, Duration delay, boolean drop) {

        /** OpenAI's verbose_json: each segment is {start seconds, end seconds, text[, diarized speaker]}. */
        public static Reply whisper(Object[]... segments) {
            ObjectNode root = JSON.createObjectNode().put("task", "transcribe").put("language", "english");
            ArrayNode list = root.putArray("segments");
            double duration = 0;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                Object[] s = segments[i];
                list.addObject()
                        .put("id", i)
                        .put("seek", 0)
                        .put("start", ((Number) s[0]).doubleValue())
                        .put("end", ((Number) s[1]).doubleValue())
                        .put("text", " " + s[2])
                        .put("temperature", 0.0)
                        .put("avg_logprob", -0.2)
                        .put("compression_ratio", 1.1)
                        .put("no_speech_prob", 0.01)
                        .putArray("tokens")
                        .add(50364);
                if (s.length > 3) {
                    ((ObjectNode) list.get(i)).put("speaker", (String) s[3]);
                }
                duration = ((Number) s[1]).doubleValue();
                text.append(' ').append(s[2]);
            }
            root.put("duration", duration).put("text", text.toString().strip());
            return new Reply(200, root.toString(), Map.of(), Duration.ZERO, false);
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
            return new Reply(200, root.toString(), Map.of(), Duration.ZERO, false);
        }

        /** Azure Speech's error body ({@code code}, {@code message}). */
        public static Reply azureError(int status, String code, String message) {
            return new Reply(
                    status,
                    JSON.createObjectNode()
                            .put("code", code)
                            .put("message", message)
                            .toString(),
                    Map.of(),
                    Duration.ZERO,
                    false);
        }

        public static Reply chat(String content) {
            return chat(content, "stop");
        }

        /** A reply whose usage says that {@code cached} of its prompt tokens came from the provider's prompt cache. */
        public static Reply chatCached(String content, long cached) {
            Reply plain = chat(content);
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(plain.body());
                ((ObjectNode) root.get("usage"))
                        .putObject("prompt_tokens_details")
                        .put("cached_tokens", cached);
                return new Reply(200, root.toString(), Map.of(), Duration.ZERO, false);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply chat(String content, String finishReason) {
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
            return new Reply(200, root.toString(), Map.of(), Duration.ZERO, false);
        }

        /** The error body shape OpenAI and Azure send. */
        public static Reply error(int status, String message, String type, String param, String code) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode error = root.putObject("error").put("message", message).put("type", type);
            putNullable(error, "param", param);
            putNullable(error, "code", code);
            return new Reply(status, root.toString(), Map.of(), Duration.ZERO, false);
        }

        public static Reply raw(int status, String body) {
            return new Reply(status, body, Map.of(), Duration.ZERO, false);
        }

        public static Reply rateLimited(String retryAfter) {
            Reply reply = error(429, "Rate limit reached for requests", "requests", null, "rate_limit_exceeded");
            return new Reply(429, reply.body(), Map.of("Retry-After", retryAfter), Duration.ZERO, false);
        }

        public static Reply serverError() {
            return error(500, "The server had an error while processing your request.", "server_error", null, null);
        }

        /** The request is accepted and never answered (until the server closes): a hung provider. */
        static Reply hang() {
            return new Reply(200, "", Map.of(), NEVER, false);
        }

        /** The connection is closed without any response, as when a proxy resets it. */
        public static Reply reset() {
            return new Reply(0, "", Map.of(), Duration.ZERO, true);
        }

        static Reply embeddings(float[]... vectors) {
            ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", "scripted");
            ArrayNode data = root.putArray("data");
            for (int i = 0; i < vectors.length; i++) {
                ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
                ArrayNode values = item.putArray("embedding");
                for (float v : vectors[i]) {
                    values.add(v);
                }
            }
            root.putObject("usage").put("prompt_tokens", 7).put("total_tokens", 7);
            return new Reply(200, root.toString(), Map.of(), Duration.ZERO, false);
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration NEVER = Duration.ofMillis(Long.MAX_VALUE);
    private static final Pattern AZURE_PATH =
            Pattern.compile("/openai/deployments/([^/]+)/(chat/completions|embeddings)");

    private final Dialect dialect;
    private final String key;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    public ScriptedLlmServer(Dialect dialect, String key) throws IOException {
        this.dialect = dialect;
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:port/v1} for OpenAI, the resource endpoint for Azure. */
    public String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return dialect == Dialect.OPENAI ? root + "/v1" : root;
    }

    public ScriptedLlmServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    public Received request(int index) {
        return requests().get(index);
    }

    /** Requests being handled (or held open) right now. */
    int inFlight() {
        return inFlight.get();
    }

    /** The most requests this server was handling at the same time. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            respond(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, Part> parts =
                contentType.startsWith("multipart/form-data") ? Multipart.parse(bytes, contentType) : Map.of();
        JsonNode body = bytes.length == 0 || !parts.isEmpty() ? JSON.nullNode() : JSON.readTree(bytes);
        Map<String, List<String>> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        received.add(new Received(path, query, headers, body, parts));

        Optional<Reply> refusal = checkRoute(exchange, path, query);
        Reply reply = refusal.orElseGet(() -> Optional.ofNullable(script.poll())
                .orElse(Reply.error(500, "script exhausted", "test_error", null, null)));
        if (refusal.isEmpty() && reply.status() == 200 && path.endsWith("/embeddings")) {
            reply = matchEncoding(reply, body);
        }
        if (NEVER.equals(reply.delay())) {
            awaitClose();
            return;
        }
        pause(reply.delay());
        if (reply.drop()) {
            // no response at all: the JDK server closes the connection when a handler fails before responding
            throw new IOException("scripted connection reset");
        }
        send(exchange, reply);
    }

    private Optional<Reply> checkRoute(HttpExchange exchange, String path, String query) {
        if (dialect == Dialect.AZURE_SPEECH) {
            if (!path.equals("/speechtotext/transcriptions:transcribe")
                    || query == null
                    || !query.startsWith("api-version=")) {
                return Optional.of(Reply.azureError(404, "NotFound", "Resource not found"));
            }
            if (!key.equals(exchange.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key"))) {
                return Optional.of(Reply.azureError(
                        401, "Unauthorized", "Access denied due to invalid subscription key or wrong API endpoint."));
            }
            return Optional.empty();
        }
        if (dialect == Dialect.OPENAI) {
            if (!path.equals("/v1/chat/completions")
                    && !path.equals("/v1/embeddings")
                    && !path.equals("/v1/audio/transcriptions")) {
                return Optional.of(Reply.error(
                        404, "Unknown request URL: POST " + path, "invalid_request_error", null, "unknown_url"));
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + key).equals(auth)) {
                String presented = auth == null ? "" : auth.replaceFirst("^Bearer ", "");
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
        Matcher matcher = AZURE_PATH.matcher(path);
        if (!matcher.matches() || query == null || !query.startsWith("api-version=")) {
            return Optional.of(Reply.raw(404, "{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}"));
        }
        if (!key.equals(exchange.getRequestHeaders().getFirst("api-key"))) {
            return Optional.of(Reply.raw(
                    401,
                    "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid subscription key or wrong"
                            + " API endpoint.\"}}"));
        }
        return Optional.empty();
    }

    /** The real service answers base64 when asked to; the client under test must ask for floats. */
    private static Reply matchEncoding(Reply reply, JsonNode request) {
        if (!"base64".equals(request.path("encoding_format").asText())) {
            return reply;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(reply.body());
            for (JsonNode item : root.path("data")) {
                ArrayNode values = (ArrayNode) item.path("embedding");
                ByteBuffer buffer = ByteBuffer.allocate(values.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
                values.forEach(v -> buffer.putFloat(v.floatValue()));
                ((ObjectNode) item).put("embedding", Base64.getEncoder().encodeToString(buffer.array()));
            }
            return Reply.raw(200, root.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        try {
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(out);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to deliver
        } finally {
            exchange.close();
        }
    }

    private void awaitClose() {
        try {
            closing.await();
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

    /** Drops replies not yet used, so a test starts from a known script. */
    public void clearScript() {
        script.clear();
        received.clear();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
