package com.theogen.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat-completions endpoint ({@code /v1/chat/completions}) whose reply is computed from
 * the request by the test, so that concurrent batches can be answered by their content rather than by order.
 * A reply with status 200 wraps the test's text as the assistant message; any other status is sent as an error.
 */
final class ChatServer implements AutoCloseable {

    /** What to answer: an HTTP status and, for 200, the assistant's message content. */
    record Reply(int status, String content) {

        static Reply chat(String content) {
            return new Reply(200, content);
        }

        static Reply serverError() {
            return new Reply(500, "");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> userMessages = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<String, Reply> responder = user -> Reply.serverError();

    ChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers every chat request from its user message. */
    void respond(Function<String, Reply> responder) {
        this.responder = responder;
    }

    List<String> userMessages() {
        return List.copyOf(userMessages);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String user = "";
        for (JsonNode message : body.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                user = message.path("content").asText();
            }
        }
        userMessages.add(user);
        Reply reply = responder.apply(user);
        String out = reply.status() == 200 ? completion(reply.content()) : error(reply.status());
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(bytes);
        }
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-coding")
                .put("object", "chat.completion")
                .put("created", 1735689600)
                .put("model", "scripted");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message")
                .put("role", "assistant")
                .put("content", content)
                .putNull("refusal");
        choice.put("finish_reason", "stop");
        choice.putNull("logprobs");
        root.putObject("usage")
                .put("prompt_tokens", 100)
                .put("completion_tokens", 20)
                .put("total_tokens", 120);
        return root.toString();
    }

    private static String error(int status) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error")
                .put("message", "scripted failure")
                .put("type", "server_error")
                .putNull("param")
                .putNull("code");
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
