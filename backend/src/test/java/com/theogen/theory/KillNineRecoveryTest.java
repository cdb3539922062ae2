package com.theogen.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.theogen.evidence.TranscriptUploads;
import com.theogen.support.ApiClient;
import com.theogen.support.AppProcess;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application in the middle of a theory run, with its embedded PostgreSQL, as an operator
 * meets it: the postgres processes outlive the JVM; the next start on the same data directory stops them by itself,
 * the run is picked up again and ends, and the project's lock is free for a new run. One JVM at a time, a
 * one-interview project, and a model (the scripted local server) that holds its first answer so the kill lands
 * inside the run.
 */
class KillNineRecoveryTest {

    @TempDir
    Path dataDir;

    final ScriptedLlmServer model = new ScriptedLlmServer();
    AppProcess app;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.stop();
        }
        model.close();
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        // both JVMs' output, kept for reading after a failure (the data directory is removed)
        Files.copy(log(), Path.of("target", "KillNineRecoveryTest-app.log"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aKilledServerRestartsOnItsDataDirectoryAndTheInterruptedRunEndsAndUnlocksTheProject() throws Exception {
        model.respond(call -> Reply.chat("{}").after(Duration.ofMinutes(5)));
        app = start();
        ApiClient api = app.api();
        String token = api.newUserToken();
        String project = project(api, token);
        TheoryApi theories = new TheoryApi(api);
        String task = theories.start(token, project);
        await().atMost(TheoryApi.PATIENCE)
                .until(() -> model.calls().stream().anyMatch(c -> c.schema().equals("open_coding_reply")));
        long orphan = postmasterPid().orElseThrow();

        app.kill();

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                .as("the scenario: PostgreSQL outlives the killed JVM")
                .isPresent();
        model.respond(ScriptedModel::answer);
        app = start();
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        theories = new TheoryApi(app.api());

        JsonNode ended = theories.awaitEnd(token, project, task);
        if (ended.get("status").asText().equals("completed")) {
            assertThat(ended.get("attempt").asInt()).as(ended.toString()).isGreaterThanOrEqualTo(2);
        } else {
            assertThat(ended.get("error_code").asText()).as(ended.toString()).isEqualTo("WORKER_LOST");
        }
        JsonNode next =
                TheoryApi.body(theories.generate(token, project).expectStatus().isAccepted());
        assertThat(next.get("reused").asBoolean()).isFalse();
        assertThat(next.get("task_id").asText()).isNotEqualTo(task);
        theories.cancel(token, project, next.get("task_id").asText());
    }

    private AppProcess start() throws Exception {
        return AppProcess.start(
                dataDir,
                log(),
                "--theogen.demo.seed-on-registration=false",
                "--theogen.llm.provider=openai",
                "--theogen.llm.openai.base-url=" + model.baseUrl(),
                "--theogen.llm.openai.api-key=sk-kill-nine-test",
                "--theogen.evidence.embedder=llm",
                "--theogen.coding.batch-max-fragments=2",
                // a dead worker is noticed after 4 missed heartbeats: seconds here, not the default 40 s
                "--db-scheduler.heartbeat-interval=PT1S",
                "--db-scheduler.polling-interval=PT0.5S",
                "--db-scheduler.shutdown-max-wait=PT2S",
                "--logging.level.root=WARN",
                "--logging.level.com.theogen=INFO");
    }

    private Path log() {
        return dataDir.resolve("app-output.log");
    }

    private Optional<Long> postmasterPid() throws Exception {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    private static String project(ApiClient api, String token) {
        String id = api.createProject(token, Map.of("name", "Night care", "language", "en"))
                .get("id")
                .asText();
        TranscriptUploads.upload(api, token, id, "maria.txt", LlmTheoryRunTest.TRANSCRIPT, "Maria", "en");
        return id;
    }
}
