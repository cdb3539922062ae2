package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.internal.DatabaseCliContext;
import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.theogen.support.DataDirectories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documented {@code java -jar theogen.jar db ...} commands against a persistent embedded database that
 * Spring Boot migrated at startup, as in a real installation: the changeset paths recorded by the app and
 * the ones the command computes must match, or the rollback would find nothing applied.
 */
class DatabaseCliTest {

    /** Created and migrated once; each test gets a copy of the stopped installation as its own data directory. */
    @TempDir
    static Path installation;

    @TempDir
    Path dataDir;

    PrintStream originalOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeAll
    static void migrateLikeTheAppDoesAtStartup() {
        try (ConfigurableApplicationContext app = context(installation, true)) {
            new JdbcTemplate(app.getBean(DataSource.class))
                    .update("INSERT INTO users (id, display_name, created_at) VALUES (gen_random_uuid(), 'u', now())");
        }
    }

    @BeforeEach
    void copyOfTheMigratedInstallation() {
        DataDirectories.copy(installation, dataDir);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOut() {
        System.setOut(originalOut);
    }

    @Test
    void rollsBackAndReappliesDomainTemplateFromTheCommandLine() {
        String dir = "--theogen.storage.data-dir=" + dataDir;

        assertThat(DatabaseCli.run(new String[] {"rollback-changeset", "project-002-domain-template", dir}))
                .isZero();
        assertThat(columns()).doesNotContain("domain_template");

        assertThat(DatabaseCli.run(new String[] {"status", dir})).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("PENDING  project-002-domain-template")
                .contains("applied  project-001-projects");

        assertThat(DatabaseCli.run(new String[] {"update", dir})).isZero();
        assertThat(columns()).contains("domain_template");
    }

    @Test
    void theDefaultConfigurationWritesDurablyAndOnlyTheTestProfileTurnsThatOff() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseCliContext.class)
                .web(WebApplicationType.NONE)
                .run("--theogen.storage.data-dir=" + dataDir)) {
            assertThat(settings(context)).containsExactly("on", "on");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseCliContext.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run("--spring.main.web-application-type=none")) {
            assertThat(settings(context)).containsExactly("off", "off");
        }
    }

    @Test
    void rotatesThePasswordsFromTheCommandLine() throws Exception {
        Path file = dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
        String before = Files.readString(file);

        assertThat(DatabaseCli.run(new String[] {"rotate-password", "--theogen.storage.data-dir=" + dataDir}))
                .isZero();

        String after = Files.readString(file);
        assertThat(after).isNotEqualTo(before).contains("localhost:*:theogen:theogen:");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false, false)) {
            assertThat(after).contains(server.appPassword());
            String old = before.lines()
                    .filter(line -> line.contains(":theogen:theogen:"))
                    .map(line -> line.substring(line.lastIndexOf(':') + 1))
                    .findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.appUser(), old))
                    .isInstanceOf(SQLException.class);
            DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword())
                    .close();
        }
    }

    @Test
    void refusesToRunWhileTheServerHoldsTheEmbeddedDatabase() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataDir, false, false)) {
            assertThat(DatabaseCli.run(new String[] {"status", "--theogen.storage.data-dir=" + dataDir}))
                    .isEqualTo(1);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("in use by another running TheoGen");
    }

    @Test
    void rejectsUnknownCommandsWithUsage() {
        assertThat(DatabaseCli.run(new String[] {"drop-everything"})).isEqualTo(2);
        assertThat(DatabaseCli.run(new String[] {"rollback-count", "zero"})).isEqualTo(2);
        assertThat(DatabaseCli.run(
                        new String[] {"rollback-changeset", "nope", "--theogen.storage.data-dir=" + dataDir}))
                .isEqualTo(1);
    }

    private List<String> columns() {
        try (ConfigurableApplicationContext context = context(dataDir, false)) {
            return new JdbcTemplate(context.getBean(DataSource.class))
                    .queryForList(
                            "SELECT column_name FROM information_schema.columns WHERE table_name = 'projects'",
                            String.class);
        }
    }

    private static List<String> settings(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        return List.of(
                jdbc.queryForObject("SHOW fsync", String.class),
                jdbc.queryForObject("SHOW synchronous_commit", String.class));
    }

    private static ConfigurableApplicationContext context(Path dataDir, boolean migrate) {
        return new SpringApplicationBuilder(migrate ? MigratingContext.class : DatabaseCliContext.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--theogen.storage.data-dir=" + dataDir,
                        "--theogen.storage.fsync=false",
                        "--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");
    }

    @Configuration(proxyBeanMethods = false)
    @Import(DatabaseCliContext.class)
    @ImportAutoConfiguration(LiquibaseAutoConfiguration.class)
    static class MigratingContext {}
}
