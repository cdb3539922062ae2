package com.theogen.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/** Uploads one transcript through the public API, as the dashboard does. */
public final class TranscriptUploads {

    private TranscriptUploads() {}

    /** Uploads with the server's defaults for participant and language; expects 201, returns the interview's id. */
    public static String upload(ApiClient api, String token, String project, String filename, String text) {
        return upload(api, token, project, filename, text, null, null);
    }

    /** Uploads and expects 201; returns the new interview's id ({@code null} parts are left out). */
    public static String upload(
            ApiClient api,
            String token,
            String project,
            String filename,
            String text,
            String participant,
            String language) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)))
                .filename(filename)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (participant != null) {
            body.part("participant", participant);
        }
        if (language != null) {
            body.part("language", language);
        }
        JsonNode created = api.http()
                .post()
                .uri("/api/projects/" + project + "/interviews")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return created.get("files").get(0).get("interview").get("id").asText();
    }
}
