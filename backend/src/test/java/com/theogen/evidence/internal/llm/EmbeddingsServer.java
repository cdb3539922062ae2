package com.theogen.evidence.internal.llm;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible {@code POST /v1/embeddings} endpoint (bearer key, the real request and response
 * shapes, float or base64 encoding as asked). Vectors are a deterministic bag of words: each word (lower case,
 * first five letters) adds to one hashed component, so texts sharing words are close and unrelated texts are
 * not. Not normalised, as real services may return any length. A request's {@code dimensions} sets the size.
 */
final class EmbeddingsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int dimensions;
    private final String key;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    EmbeddingsServer(int dimensions, String key) throws IOException {
        this.dimensions = dimensions;
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Request bodies received, in order. */
    List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(body);
        if (!exchange.getRequestURI().getPath().equals("/v1/embeddings")
                || !exchange.getRequestMethod().equals("POST")) {
            send(exchange, 404, error("Unknown request URL", "invalid_request_error", "unknown_url"));
            return;
        }
        if (!("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"));
            return;
        }
        List<String> inputs = new ArrayList<>();
        JsonNode input = body.path("input");
        if (input.isArray()) {
            input.forEach(i -> inputs.add(i.asText()));
        } else {
            inputs.add(input.asText());
        }
        boolean base64 = "base64".equals(body.path("encoding_format").asText());
        ObjectNode root = JSON.createObjectNode()
                .put("object", "list")
                .put("model", body.path("model").asText());
        ArrayNode data = root.putArray("data");
        int tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] vector = vector(inputs.get(i), body.path("dimensions").asInt(dimensions));
            tokens += inputs.get(i).split("\\s+").length;
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            if (base64) {
                ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float v : vector) {
                    buffer.putFloat(v);
                }
                item.put("embedding", Base64.getEncoder().encodeToString(buffer.array()));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vector) {
                    values.add(v);
                }
            }
        }
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        send(exchange, 200, root.toString());
    }

    /** @param size the request's {@code dimensions} when it sent one, as the real service honours it */
    private static float[] vector(String text, int size) {
        float[] v = new float[size];
        v[0] = 0.05f; // never the zero vector
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                String stem = word.length() > 5 ? word.substring(0, 5) : word;
                v[1 + Math.floorMod(stem.hashCode(), size - 1)] += 1f;
            }
        }
        return v;
    }

    private static String error(String message, String type, String code) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error")
                .put("message", message)
                .put("type", type)
                .putNull("param")
                .put("code", code);
        return root.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
