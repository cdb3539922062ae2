package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.theogen.shared.internal.LiquibaseMaintenance;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data directory made by an earlier TheoGen (cluster initialised with {@code trust}, everything owned by the
 * superuser, which the app connected as) is converted on its first start: password logins only, the schema handed
 * to the application role, and every row still there.
 */
class EmbeddedPostgresUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void convertsATrustClusterOfAnEarlierVersionKeepingItsData() throws Exception {
        UUID project = createClusterAsEarlierVersionsDid();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, false, false);
                HikariDataSource app = dataSource(server)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl() + "?user=postgres")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            JdbcTemplate jdbc = new JdbcTemplate(app);
            assertThat(jdbc.queryForObject(
                            "SELECT name || '/' || domain_template FROM projects WHERE id = ?", String.class, project))
                    .isEqualTo("Before the upgrade/health");
            assertThat(jdbc.queryForList(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user",
                            String.class))
                    .isEmpty();

            // the application role can now change the schema it owns: Liquibase rollback and update as that role
            LiquibaseMaintenance liquibase =
                    new LiquibaseMaintenance(app, new PrintStream(new ByteArrayOutputStream()));
            liquibase.rollbackChangeSet("project-002-domain-template");
            liquibase.update();
            assertThat(jdbc.queryForObject("SELECT domain_template FROM projects WHERE id = ?", String.class, project))
                    .isEqualTo("generic");
        }
    }

    /** The previous EmbeddedPostgresServer: library defaults (trust), the superuser for everything. */
    private UUID createClusterAsEarlierVersionsDid() throws Exception {
        UUID project = UUID.randomUUID();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres").toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setRegisterShutdownHook(false)
                .start()) {
            new JdbcTemplate(old.getPostgresDatabase())
                    .execute("CREATE DATABASE theogen ENCODING 'UTF8' TEMPLATE template0");
            DataSource asSuperuser = old.getDatabase("postgres", "theogen");
            new LiquibaseMaintenance(asSuperuser, new PrintStream(new ByteArrayOutputStream())).update();
            JdbcTemplate jdbc = new JdbcTemplate(asSuperuser);
            UUID owner = UUID.randomUUID();
            jdbc.update(
                    "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'Old', now())",
                    owner,
                    owner + "@example.org");
            jdbc.update(
                    "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at)"
                            + " VALUES (?, ?, 'Before the upgrade', 'es', 'health', now(), now())",
                    project,
                    owner);
        }
        return project;
    }

    private static HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.appUser());
        dataSource.setPassword(server.appPassword());
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
