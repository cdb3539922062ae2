package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.internal.LiquibaseMaintenance;
import com.theogen.support.MigrationDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Applies the real changelog to a fresh embedded PostgreSQL and exercises every rollback. */
class LiquibaseRollbackTest {

    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    LiquibaseMaintenance liquibase;
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void freshDatabase() {
        dataSource = MigrationDatabase.empty();
        jdbc = new JdbcTemplate(dataSource);
        liquibase = new LiquibaseMaintenance(dataSource, new PrintStream(output, true, StandardCharsets.UTF_8));
        liquibase.update();
    }

    @AfterEach
    void stop() {
        dataSource.close();
    }

    @Test
    void rollsBackDomainTemplateAloneKeepingRowsAndReappliesItWithTheDefault() {
        UUID owner = insertUser();
        insertProject(owner, "Uno", "health");
        insertProject(owner, "Dos", "ngo");

        liquibase.rollbackChangeSet("project-002-domain-template");

        assertThat(columns("projects")).doesNotContain("domain_template").contains("name", "language");
        assertThat(jdbc.queryForList("SELECT name FROM projects ORDER BY name", String.class))
                .containsExactly("Dos", "Uno");
        assertThat(appliedIds()).doesNotContain("project-002-domain-template").contains("project-001-projects");

        liquibase.update();

        assertThat(jdbc.queryForList("SELECT domain_template FROM projects", String.class))
                .containsExactly("generic", "generic");
        assertThat(jdbc.queryForObject(
                        "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'projects' AND column_name = 'domain_template'",
                        String.class))
                .isEqualTo("NO");
    }

    @Test
    void everyChangesetRollsBackToAnEmptySchemaAndReapplies() {
        List<String> ids = liquibase.changeSetIds();
        assertThat(ids).contains("security-001-users", "project-001-projects", "project-002-domain-template");

        liquibase.rollbackCount(ids.size());

        assertThat(appTables()).isEmpty();
        assertThat(appliedIds()).isEmpty();

        liquibase.update();
        assertThat(appTables()).contains("users", "projects", "evidence_sync");
        assertThat(appliedIds()).containsExactlyElementsOf(ids);
    }

    @Test
    void refusesToRollBackAChangesetThatIsNotAppliedOrDoesNotExist() {
        liquibase.rollbackChangeSet("project-002-domain-template");
        assertThatThrownBy(() -> liquibase.rollbackChangeSet("project-002-domain-template"))
                .hasMessageContaining("not applied");
        assertThatThrownBy(() -> liquibase.rollbackChangeSet("no-such-changeset"))
                .hasMessageContaining("No changeset");
    }

    private UUID insertUser() {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'T', now())",
                id,
                id + "@example.org");
        return id;
    }

    private void insertProject(UUID owner, String name, String template) {
        jdbc.update(
                "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'es', ?, now(), now())",
                UUID.randomUUID(),
                owner,
                name,
                template);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", String.class, table);
    }

    private List<String> appTables() {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                        + "AND table_name NOT LIKE 'databasechangelog%'",
                String.class);
    }

    private List<String> appliedIds() {
        return jdbc.queryForList("SELECT id FROM databasechangelog ORDER BY orderexecuted", String.class);
    }
}
