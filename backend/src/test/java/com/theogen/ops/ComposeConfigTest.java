package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code compose config} on docker-compose.yml: the compose implementation itself validates the file
 * against the Compose specification (offline, no Docker engine needed). It uses the Docker client's compose
 * plugin when present, else the stand-alone {@code docker-compose} ({@code .ci/run} installs Debian's); the test
 * is skipped only when neither exists. The file must stay within what both understand (ADR 015).
 */
class ComposeConfigTest {

    @TempDir
    Path dir;

    @Test
    void composeAcceptsTheFileWithTheExampleEnvironmentFilledIn() throws Exception {
        List<String> compose = composeCommand().orElse(null);
        assumeTrue(compose != null, "no compose implementation installed (docker compose plugin or docker-compose)");
        String env = RepositoryFiles.read(".env.example")
                .replaceFirst("(?m)^POSTGRES_PASSWORD=$", "POSTGRES_PASSWORD=test-only")
                .replaceFirst("(?m)^NEO4J_PASSWORD=$", "NEO4J_PASSWORD=test-only");
        Files.writeString(dir.resolve(".env"), env, StandardCharsets.UTF_8);
        Files.copy(RepositoryFiles.ROOT.resolve("docker-compose.yml"), dir.resolve("docker-compose.yml"));

        Result ok = run(compose, "config");
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("service_healthy", "jdbc:postgresql://postgres:5432/theogen");

        Result scaled = run(compose, "config", "--services");
        assertThat(scaled.output().lines()).containsExactlyInAnyOrder("postgres", "qdrant", "neo4j", "app");
    }

    @Test
    void composeRefusesToStartWithoutThePasswords() throws Exception {
        List<String> compose = composeCommand().orElse(null);
        assumeTrue(compose != null, "no compose implementation installed (docker compose plugin or docker-compose)");
        Files.writeString(dir.resolve(".env"), RepositoryFiles.read(".env.example"), StandardCharsets.UTF_8);
        Files.copy(RepositoryFiles.ROOT.resolve("docker-compose.yml"), dir.resolve("docker-compose.yml"));

        Result refused = run(compose, "config");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("set POSTGRES_PASSWORD in .env");
    }

    private Result run(List<String> compose, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("-f", "docker-compose.yml"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Optional<List<String>> composeCommand() {
        if (works(List.of("docker", "compose", "version"))) {
            return Optional.of(List.of("docker", "compose"));
        }
        if (works(List.of("docker-compose", "version"))) {
            return Optional.of(List.of("docker-compose"));
        }
        return Optional.empty();
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Result(int exit, String output) {}
}
