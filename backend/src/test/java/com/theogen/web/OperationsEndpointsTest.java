package com.theogen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.shared.StorageProperties;
import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OperationsEndpointsTest {

    @Autowired
    ApiClient api;

    @Autowired
    StorageProperties storage;

    @Test
    void healthReportsTheDatabase() {
        api.http()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.db.status")
                .isEqualTo("UP")
                // the embedding model loads in the background: WARMING until then, never failing the overall UP
                .jsonPath("$.components.search.status")
                .value(status -> assertThat(status).isIn("UP", "WARMING"));
    }

    @Test
    void prometheusEndpointExposesMetrics() {
        assertThat(scrape()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    /** An unauthenticated scrape must not tell where the data lives; the data directory's free space it may. */
    @Test
    void prometheusNamesNoFileSystemPath() {
        String body = scrape();

        assertThat(body)
                .doesNotContain(storage.dataDir().toAbsolutePath().normalize().toString())
                .doesNotContain(Path.of("").toAbsolutePath().toString())
                .containsPattern("(?m)^disk_free_bytes\\{.*path=\"data_dir\".*} \\S+$");
    }

    private String scrape() {
        // the scrape outgrows the 256 KB client buffer of the application's codec settings as meters are added
        return api.http()
                .mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build()
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void openApiDescribesTheProjectEndpoints() {
        JsonNode doc = api.apiDocs();
        assertThat(doc.get("paths").has("/api/projects")).isTrue();
        assertThat(doc.get("paths").has("/api/projects/{projectId}")).isTrue();
        assertThat(doc.get("paths").has("/api/auth/login")).isTrue();
        assertThat(doc.get("paths").has("/api/domain-templates")).isTrue();
        api.http().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
