package com.theogen.shared.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of the build's Class Data Sharing archive (ADR 051): the Maven build starts the extracted
 * application once with {@code -XX:ArchiveClassesAtExit} and {@code theogen.cds.training=true}. Once the application
 * is ready this asks what a browser and the health check ask first, waits for the embedding model to be warm (so
 * its classes are archived too) and then exits, which writes the archive. Never active otherwise.
 */
@Component
@ConditionalOnProperty(name = "theogen.cds.training", havingValue = "true")
class ClassDataSharingTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharingTraining.class);
    private static final List<String> FIRST_REQUESTS = List.of("/", "/api/domain-templates", "/v3/api-docs");
    private static final Duration SEARCH_WARM_WAIT = Duration.ofMinutes(3);
    /** No request may hold the build: each one gives up after this. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    @EventListener(ApplicationReadyEvent.class)
    void train(ApplicationReadyEvent ready) {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        Thread thread = new Thread(() -> runAndExit(context), "theogen-cds-training");
        thread.start();
    }

    private static void runAndExit(ConfigurableApplicationContext context) {
        try {
            exercise(((WebServerApplicationContext) context).getWebServer().getPort());
        } catch (IOException | RuntimeException e) {
            log.warn("CDS training requests failed (the archive covers the start only): {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static void exercise(int port) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        String base = "http://localhost:" + port;
        for (String path : FIRST_REQUESTS) {
            client.send(request(base + path), HttpResponse.BodyHandlers.discarding());
        }
        HttpRequest health = request(base + "/actuator/health");
        long deadline = System.nanoTime() + SEARCH_WARM_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String body =
                    client.send(health, HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"search\":{\"status\":\"UP\"")) {
                log.info("CDS training: application ready and search warm; exiting to write the archive");
                return;
            }
            Thread.sleep(200);
        }
        log.warn("CDS training: search not warm after {}; exiting anyway", SEARCH_WARM_WAIT);
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).build();
    }
}
