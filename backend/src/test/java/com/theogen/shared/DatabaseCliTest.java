package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.internal.DatabaseCliContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
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

    @TempDir
    Path dataDir;

    PrintStream originalOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void migrateLikeTheAppDoesAtStartup() {
        try (ConfigurableApplicationContext app = context(true)) {
            new JdbcTemplate(app.getBean(DataSource.class))
                    .update("INSERT INTO users (id, display_name, created_at) VALUES (gen_random_uuid(), 'u', now())");
        }
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
    void rejectsUnknownCommandsWithUsage() {
        assertThat(DatabaseCli.run(new String[] {"drop-everything"})).isEqualTo(2);
        assertThat(DatabaseCli.run(new String[] {"rollback-count", "zero"})).isEqualTo(2);
        assertThat(DatabaseCli.run(
                        new String[] {"rollback-changeset", "nope", "--theogen.storage.data-dir=" + dataDir}))
                .isEqualTo(1);
    }

    private List<String> columns() {
        try (ConfigurableApplicationContext context = context(false)) {
            return new JdbcTemplate(context.getBean(DataSource.class))
                    .queryForList(
                            "SELECT column_name FROM information_schema.columns WHERE table_name = 'projects'",
                            String.class);
        }
    }

    private ConfigurableApplicationContext context(boolean migrate) {
        return new SpringApplicationBuilder(migrate ? MigratingContext.class : DatabaseCliContext.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--theogen.storage.data-dir=" + dataDir,
                        "--spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml");
    }

    @Configuration(proxyBeanMethods = false)
    @Import(DatabaseCliContext.class)
    @ImportAutoConfiguration(LiquibaseAutoConfiguration.class)
    static class MigratingContext {}
}
