package com.theogen.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * Benchmark, not a test (skipped unless {@code -Dtheogen.bench=true}; run by {@code bench/export/run.sh}): the
 * HTTP round-trip of exporting the demo theory, first request (render + download) versus a cached request
 * (reuse + download), per format. Writes {@code target/bench-export-endpoint.json}, which the export benchmark
 * folds into {@code bench/results/export.json}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "theogen.bench", matches = "true")
class ExportEndpointBenchmark {

    static final Path OUTPUT = Path.of("target", "bench-export-endpoint.json");
    private static final int CACHED_RUNS = 5;

    @Autowired
    ApiClient api;

    @Test
    void measuresFirstAndCachedExportRoundTripsOfTheDemoTheory() throws IOException {
        String token = api.newUserToken();
        DemoStudy demo = new DemoStudy(api, token);
        String project = demo.spanishDemoProject();
        long generateStart = System.nanoTime();
        String theory = demo.generateTheory(project).get("id").asText();
        long generateMs = (System.nanoTime() - generateStart) / 1_000_000;
        // a second version of the theory: its first exports run in a JVM that has rendered every format once
        String warmTheory = demo.generateTheory(project).get("id").asText();
        List<String> rows = new ArrayList<>();
        System.out.printf("%-5s %14s %14s %12s %10s%n", "fmt", "first cold ms", "first warm ms", "cached ms", "bytes");
        for (ExportFormat format : ExportFormat.values()) {
            long start = System.nanoTime();
            int bytes = roundTrip(token, project, theory, format);
            long cold = (System.nanoTime() - start) / 1_000_000;
            long[] cached = new long[CACHED_RUNS];
            for (int i = 0; i < CACHED_RUNS; i++) {
                long again = System.nanoTime();
                roundTrip(token, project, theory, format);
                cached[i] = (System.nanoTime() - again) / 1_000_000;
            }
            java.util.Arrays.sort(cached);
            long median = cached[CACHED_RUNS / 2];
            rows.add(String.format(
                    "{\"format\":\"%s\",\"first_cold_ms\":%d,\"first_warm_ms\":%%d,\"cached_median_ms\":%d,"
                            + "\"bytes\":%d,\"cached_runs_ms\":%s}",
                    format.extension(), cold, median, bytes, java.util.Arrays.toString(cached)));
        }
        for (int i = 0; i < ExportFormat.values().length; i++) {
            ExportFormat format = ExportFormat.values()[i];
            long start = System.nanoTime();
            roundTrip(token, project, warmTheory, format);
            long warm = (System.nanoTime() - start) / 1_000_000;
            rows.set(i, String.format(rows.get(i), warm));
            System.out.printf("%-5s %s%n", format.extension(), rows.get(i));
        }
        Files.createDirectories(OUTPUT.getParent());
        Files.writeString(
                OUTPUT,
                "{\"theory\":\"spanish demo project, offline\",\"generate_theory_ms\":" + generateMs
                        + ",\"round_trips\":[\n   " + String.join(",\n   ", rows) + "]}");
    }

    /** POST the export, then download it; returns the file size. */
    private int roundTrip(String token, String project, String theory, ExportFormat format) {
        JsonNode view = api.http()
                .post()
                .uri("/api/projects/" + project + "/theories/" + theory + "/export?format=" + format.extension())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return Downloads.get(api, token, view.get("download_url").asText()).getResponseBody().length;
    }
}
