package com.theogen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The image is built the way the README builds the jar, and runs as the RUNBOOK says it does. */
class DockerfileTest {

    private final String dockerfile = RepositoryFiles.read("Dockerfile");

    @Test
    void buildsTheJarWithTheReadmesWrapperCommand() {
        Matcher readme = Pattern.compile("(\\./mvnw [^&\\n]*package)").matcher(RepositoryFiles.read("README.md"));
        assertThat(readme.find()).as("README names a ./mvnw … package command").isTrue();
        String command = readme.group(1).trim();

        assertThat(dockerfile).contains(command);
        assertThat(dockerfile).doesNotContainPattern("(?m)^\\s*(RUN\\s+)?mvn\\s");
    }

    @Test
    void buildStageHasJdk17AndNode20ForTheDashboard() {
        assertThat(dockerfile).containsPattern("(?m)^FROM \\S*node:20\\S* AS node$");
        assertThat(dockerfile).containsPattern("(?m)^FROM \\S*temurin:17-jdk\\S* AS build$");
        assertThat(dockerfile).contains("COPY --from=node /usr/local/bin/node");
    }

    @Test
    void runtimeIsAJre17AsANonRootUserWithTheDataDirAsAVolume() {
        List<String> stages =
                Pattern.compile("(?m)^FROM ").splitAsStream(dockerfile).toList();
        String runtime = stages.get(stages.size() - 1);
        assertThat(runtime).startsWith("eclipse-temurin:17-jre");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(runtime);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).isNotIn("root", "0");
        assertThat(runtime)
                .contains("THEOGEN_DATA_DIR=/var/lib/theogen/data")
                .contains("VOLUME [\"/var/lib/theogen/data\"]")
                .containsPattern(
                        "HEALTHCHECK [^\\n]*\\\\\\n\\s+CMD curl -fsS \"http://127.0.0.1:\\$\\{PORT}/actuator/health\"")
                .contains("-XX:MaxRAMPercentage=")
                .contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void contextLeavesOutBuildOutputLocalDataAndSecrets() {
        assertThat(RepositoryFiles.read(".dockerignore").lines())
                .contains(".git", "**/target", "**/node_modules", "data", ".env");
    }
}
