package com.theogen.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Multipart uploads as a browser sends them. */
final class Uploads {

    private final ApiClient api;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Uploads(ApiClient api) {
        this.api = api;
    }

    static Uploads with(ApiClient api) {
        return new Uploads(api);
    }

    Uploads file(String filename, byte[] content) {
        files.put(filename, content);
        return this;
    }

    Uploads file(String filename, String utf8) {
        return file(filename, utf8.getBytes(StandardCharsets.UTF_8));
    }

    Uploads field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    WebTestClient.ResponseSpec post(String token, String projectId) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        files.forEach((name, content) -> body.part("files", new ByteArrayResource(content))
                .filename(name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM));
        fields.forEach(body::part);
        return api.http()
                .post()
                .uri("/api/projects/" + projectId + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    /** Uploads and expects 201; returns the first stored interview. */
    JsonNode created(String token, String projectId) {
        JsonNode body = post(token, projectId)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return body.get("files").get(0).get("interview");
    }
}
