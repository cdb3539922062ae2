package com.theogen.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.theogen.TheoGenApplication;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.theogen.support.ApiClient;
import com.theogen.support.FixedProvider;
import com.theogen.support.TestJobHandlers;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two replicas of the whole application (two Spring contexts, each with its own data directory, random port
 * and db-scheduler name) over ONE PostgreSQL, as {@code docker compose up --scale app=2} runs them. The
 * replicas share the JWT signing key, as they do through the compose volume. A replica is killed by cutting
 * its database connections first (no more heartbeats or writes, as when its process dies) and then closing
 * its context. Awaits are generous: this is about behaviour on a loaded machine, not speed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiReplicaJobsTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    static Path dataDirs;

    static EmbeddedPostgresServer postgres;
    static HikariDataSource testDataSource;
    static JdbcTemplate jdbc;
    static Replica a;
    static Replica b;

    @BeforeAll
    static void startOneDatabaseAndTwoReplicas() throws Exception {
        postgres = EmbeddedPostgresServer.start(null, true, false);
        testDataSource = new HikariDataSource();
        testDataSource.setJdbcUrl(postgres.jdbcUrl());
        testDataSource.setUsername(postgres.appUser());
        testDataSource.setPassword(postgres.appPassword());
        testDataSource.setMaximumPoolSize(2);
        jdbc = new JdbcTemplate(testDataSource);
        // the replicas of one deployment share the signing key (compose: one volume), so a token works on both
        String key = new RSAKeyGenerator(2048)
                .keyUse(KeyUse.SIGNATURE)
                .keyID("shared")
                .generate()
                .toJSONString();
        for (String replica : List.of("a", "b")) {
            Files.writeString(
                    Files.createDirectories(dataDirs.resolve(replica + "/keys")).resolve("jwt-signing-key.json"), key);
        }
        a = Replica.start("replica-a", dataDirs.resolve("a"));
        b = Replica.start("replica-b", dataDirs.resolve("b"));
    }

    @AfterAll
    static void stop() {
        for (Replica replica : new Replica[] {a, b}) {
            if (replica != null && replica.context.isActive()) {
                replica.context.close();
            }
        }
        if (testDataSource != null) {
            testDataSource.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void jobsSubmittedThroughEitherReplicaRunExactlyOnce() {
        List<TestProject> projects = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TestProject p = TestProject.create(jdbc);
            Replica through = i % 2 == 0 ? a : b;
            projects.add(p);
            ids.add(through.jobs().submit(p.request(Map.of())).job().id());
        }

        for (int i = 0; i < ids.size(); i++) {
            JobView done = awaitTerminal(b, projects.get(i), ids.get(i));
            assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(done.attempt()).isEqualTo(1);
            assertThat(TestJobHandlers.executions(ids.get(i), "first")).isEqualTo(1);
            assertThat(TestJobHandlers.executions(ids.get(i), "second")).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void theProjectLockHoldsAcrossReplicas() {
        String token = a.api().newUserToken();
        JsonNode project = a.api().createProject(token, Map.of("name", "Shared lock", "language", "en"));
        UUID projectId = UUID.fromString(project.get("id").asText());
        UUID owner = jdbc.queryForObject("SELECT owner_id FROM projects WHERE id = ?", UUID.class, projectId);
        JobRequest held = new JobRequest(projectId, owner, TestJobHandlers.KIND, Map.of("hold", true));

        JobSubmission first = a.jobs().submit(held);
        try {
            assertHeldAcrossReplicas(token, held, first);
        } finally {
            TestJobHandlers.release(first.job().id());
        }
        JobView done =
                awaitTerminal(b, new TestProject(projectId, owner), first.job().id());
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(TestJobHandlers.executions(first.job().id(), "second")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void whenTheReplicaRunningAJobDiesTheOtherResumesItFromItsCheckpoint() {
        TestProject p = TestProject.create(jdbc);
        UUID id = a.jobs().submit(p.request(Map.of("hold_attempt", 1))).job().id();
        await().atMost(PATIENCE)
                .until(() -> "second".equals(a.jobs().get(p.id(), id, p.owner()).step()));
        String runningOn = await().atMost(PATIENCE)
                .until(
                        () -> jdbc
                                .query(
                                        "SELECT picked_by FROM scheduled_tasks WHERE task_instance = ? AND picked",
                                        (rs, n) -> rs.getString(1),
                                        id.toString())
                                .stream()
                                .findFirst()
                                .orElse(null),
                        name -> name != null);
        Replica doomed = runningOn.equals(a.name) ? a : b;
        Replica survivor = doomed == a ? b : a;

        doomed.kill();

        JobView done = awaitTerminal(survivor, p, id);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.attempt()).isEqualTo(2);
        assertThat(TestJobHandlers.executions(id, "first"))
                .as("the completed stage is not redone")
                .isEqualTo(1);
        assertThat(TestJobHandlers.executions(id, "second")).isEqualTo(2);
    }

    private static void assertHeldAcrossReplicas(String token, JobRequest held, JobSubmission first) {
        UUID projectId = held.projectId();
        UUID owner = held.ownerId();
        JobSubmission again = b.jobs().submit(held);

        assertThat(again.reused()).isTrue();
        assertThat(again.job().id()).isEqualTo(first.job().id());
        assertThatThrownBy(
                        () -> b.jobs().submit(new JobRequest(projectId, owner, TestJobHandlers.OTHER_KIND, Map.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("PROJECT_BUSY");
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFLICT);
                });
        // the other replica serves the job's status over HTTP with the same token
        b.api()
                .get(
                        token,
                        "/api/projects/" + projectId + "/jobs/" + first.job().id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.task_id")
                .isEqualTo(first.job().id().toString());
    }

    private static JobView awaitTerminal(Replica replica, TestProject p, UUID id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> replica.jobs().get(p.id(), id, p.owner()).status().isTerminal());
        return replica.jobs().get(p.id(), id, p.owner());
    }

    /** One running instance of the application. */
    record Replica(String name, ConfigurableApplicationContext context, ApiClient client) {

        static Replica start(String name, Path dataDir) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(
                            TheoGenApplication.class, TestJobHandlers.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + postgres.jdbcUrl(),
                            "--spring.datasource.username=" + postgres.appUser(),
                            "--spring.datasource.password=" + postgres.appPassword(),
                            "--spring.datasource.hikari.maximum-pool-size=8",
                            "--server.port=0",
                            "--theogen.storage.data-dir=" + dataDir,
                            "--db-scheduler.scheduler-name=" + name,
                            "--db-scheduler.shutdown-max-wait=PT2S");
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            WebTestClient http = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(60))
                    .build();
            return new Replica(name, context, new ApiClient(new FixedProvider<>(http)));
        }

        Jobs jobs() {
            return context.getBean(Jobs.class);
        }

        ApiClient api() {
            return client;
        }

        /** As when the process dies: no more heartbeats or writes from this replica, then it is gone. */
        void kill() {
            ((HikariDataSource) context.getBean(DataSource.class)).close();
            context.close();
        }
    }
}
