package com.theogen.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.internal.EmbeddedPostgresServer;
import com.theogen.shared.internal.LiquibaseMaintenance;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code project_members} changeset on a real embedded PostgreSQL: projects that existed before members get
 * their owner as the owner member; rolling it back drops the memberships but keeps every project and its owner;
 * applying it again migrates the owners again. The whole-changelog rollback is in {@code LiquibaseRollbackTest}.
 */
class ProjectMembersMigrationTest {

    static final String CHANGESET = "h-members-001-project-members";

    EmbeddedPostgresServer server;
    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    LiquibaseMaintenance liquibase;

    @BeforeEach
    void schemaBeforeMembers() {
        server = EmbeddedPostgresServer.start(null, true, false);
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.appUser());
        dataSource.setPassword(server.appPassword());
        jdbc = new JdbcTemplate(dataSource);
        liquibase = new LiquibaseMaintenance(
                dataSource, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        liquibase.update();
        liquibase.rollbackChangeSet(CHANGESET);
    }

    @AfterEach
    void stop() {
        dataSource.close();
        server.close();
    }

    @Test
    void migratesEveryExistingOwnerAsTheOwnerMemberJoinedWhenTheProjectWasCreated() {
        assertThat(tables()).doesNotContain("project_members");
        UUID ana = user("ana");
        UUID luis = user("luis");
        UUID uno = project(ana, "Uno", "2024-03-01T10:00:00Z");
        UUID dos = project(ana, "Dos", "2024-04-01T10:00:00Z");
        UUID tres = project(luis, "Tres", "2024-05-01T10:00:00Z");

        liquibase.update();

        assertThat(jdbc.queryForList(
                        "SELECT project_id, user_id, role, added_by FROM project_members ORDER BY added_at"))
                .containsExactly(member(uno, ana, "owner"), member(dos, ana, "owner"), member(tres, luis, "owner"));
        assertThat(jdbc.queryForObject(
                        "SELECT added_at FROM project_members WHERE project_id = ?", OffsetDateTime.class, dos))
                .isEqualTo(OffsetDateTime.parse("2024-04-01T10:00:00Z"));
    }

    @Test
    void allowsOneOwnerPerProjectAndOnlyTheThreeRoles() {
        liquibase.update();
        UUID ana = user("ana");
        UUID luis = user("luis");
        UUID uno = project(ana, "Uno", "2024-03-01T10:00:00Z");
        insertMember(uno, ana, "owner");
        insertMember(uno, luis, "coder");

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE project_members SET role = 'owner' WHERE project_id = ? AND user_id = ?", uno, luis))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ux_project_members_one_owner");
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE project_members SET role = 'admin' WHERE project_id = ? AND user_id = ?", uno, luis))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_project_members_role");
        assertThatThrownBy(() -> insertMember(uno, luis, "viewer")).isInstanceOf(DataIntegrityViolationException.class);

        jdbc.update("DELETE FROM projects WHERE id = ?", uno);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_members", Long.class))
                .isZero();
    }

    @Test
    void rollingBackKeepsProjectsAndOwnersAndReapplyingMigratesTheOwnersAgain() {
        liquibase.update();
        UUID ana = user("ana");
        UUID luis = user("luis");
        UUID uno = project(ana, "Uno", "2024-03-01T10:00:00Z");
        insertMember(uno, ana, "owner");
        insertMember(uno, luis, "viewer");
        // a transfer: luis owns it now, ana stays as coder
        jdbc.update("UPDATE project_members SET role = 'coder' WHERE user_id = ?", ana);
        jdbc.update("UPDATE project_members SET role = 'owner' WHERE user_id = ?", luis);
        jdbc.update("UPDATE projects SET owner_id = ? WHERE id = ?", luis, uno);

        liquibase.rollbackChangeSet(CHANGESET);

        assertThat(tables()).doesNotContain("project_members").contains("projects", "users");
        assertThat(jdbc.queryForObject("SELECT owner_id FROM projects WHERE id = ?", UUID.class, uno))
                .isEqualTo(luis);

        liquibase.update();

        assertThat(jdbc.queryForList("SELECT project_id, user_id, role, added_by FROM project_members"))
                .containsExactly(member(uno, luis, "owner"));
    }

    private UUID user(String name) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, ?, now())",
                id,
                name + "@example.org",
                name);
        return id;
    }

    private UUID project(UUID owner, String name, String createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'es', 'generic', ?::timestamptz, now())",
                id,
                owner,
                name,
                createdAt);
        return id;
    }

    private void insertMember(UUID project, UUID user, String role) {
        jdbc.update(
                "INSERT INTO project_members (project_id, user_id, role, added_at) VALUES (?, ?, ?, now())",
                project,
                user,
                role);
    }

    private static Map<String, Object> member(UUID project, UUID user, String role) {
        LinkedHashMap<String, Object> row = new LinkedHashMap<>();
        row.put("project_id", project);
        row.put("user_id", user);
        row.put("role", role);
        row.put("added_by", null);
        return row;
    }

    private List<String> tables() {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
    }
}
