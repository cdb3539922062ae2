package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.theogen.support.ApiClient;
import com.theogen.support.IntegrationTest;
import com.theogen.support.TestJobHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Status polls carry a weak ETag: the same tag in {@code If-None-Match} gets 304 without a body while the status is
 * unchanged, and a 200 with a new tag once it changed.
 */
@IntegrationTest
class StatusETagTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jobStatusIsNotModifiedUntilTheJobMoves() {
        Owner owner = owner();
        UUID job = jobs.submit(new JobRequest(owner.project(), owner.id(), TestJobHandlers.KIND, Map.of("hold", true)))
                .job()
                .id();
        String uri = "/api/projects/" + owner.project() + "/jobs/" + job;
        await().atMost(PATIENCE).until(() -> "second"
                .equals(jobs.get(owner.project(), job, owner.id()).step()));

        String tag = ok(owner.token(), uri, null);
        assertThat(tag).startsWith("W/\"");
        notModified(owner.token(), uri, tag);

        TestJobHandlers.release(job);
        await().atMost(PATIENCE)
                .until(() -> jobs.get(owner.project(), job, owner.id()).status() == JobStatus.COMPLETED);
        String after = ok(owner.token(), uri, tag);
        assertThat(after).isNotEqualTo(tag);
        notModified(owner.token(), uri, after);
    }

    @Test
    void theoryRunStatusIsNotModifiedUntilItsStatusColumnsChange() {
        Owner owner = owner();
        UUID run = jobs.submit(new JobRequest(owner.project(), owner.id(), "theory", Map.of()))
                .job()
                .id();
        await().atMost(PATIENCE)
                .until(() -> jobs.get(owner.project(), run, owner.id()).status().isTerminal());
        String uri = "/api/projects/" + owner.project() + "/generate-theory/status/" + run;

        String tag = ok(owner.token(), uri, null);
        notModified(owner.token(), uri, tag);

        jdbc.update("UPDATE job_runs SET step = 'reviewed', updated_at = now() WHERE id = ?", run);
        assertThat(ok(owner.token(), uri, tag)).isNotEqualTo(tag);
    }

    private String ok(String token, String uri, String ifNoneMatch) {
        EntityExchangeResult<byte[]> result = request(token, uri, ifNoneMatch)
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noCache().cachePrivate())
                .expectBody()
                .jsonPath("$.status")
                .exists()
                .returnResult();
        String tag = result.getResponseHeaders().getETag();
        assertThat(tag).isNotBlank();
        return tag;
    }

    private void notModified(String token, String uri, String tag) {
        request(token, uri, tag)
                .expectStatus()
                .isNotModified()
                .expectHeader()
                .valueEquals(HttpHeaders.ETAG, tag)
                .expectBody()
                .isEmpty();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec request(
            String token, String uri, String ifNoneMatch) {
        return api.get(token, uri)
                .headers(h -> {
                    if (ifNoneMatch != null) {
                        h.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange();
    }

    private Owner owner() {
        String email = "etag-" + UUID.randomUUID() + "@example.org";
        String token = api.register(email).get("access_token").asText();
        UUID project = UUID.fromString(api.createProject(token, Map.of("name", "ETag", "language", "en"))
                .get("id")
                .asText());
        UUID id = jdbc.queryForObject("SELECT id FROM users WHERE email = ?", UUID.class, email);
        return new Owner(id, token, project);
    }

    private record Owner(UUID id, String token, UUID project) {}
}
