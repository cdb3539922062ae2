package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.internal.LiquibaseMaintenance;
import com.theogen.support.MigrationDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review-state changeset (docs/adr/031) on a database that already holds coding: a machine coder's applications
 * become pending, a person's accepted; the rollback drops rejected applications and the columns.
 */
class ReviewMigrationTest {

    static final String REVIEW = "h-ws-review-001-application-review-state";

    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    LiquibaseMaintenance liquibase;

    UUID owner = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    UUID interview = UUID.randomUUID();
    UUID fragment = UUID.randomUUID();
    UUID code = UUID.randomUUID();
    UUID offline = UUID.randomUUID();
    UUID ai = UUID.randomUUID();

    @BeforeEach
    void databaseWithCodingMadeBeforeReview() {
        dataSource = MigrationDatabase.empty();
        jdbc = new JdbcTemplate(dataSource);
        liquibase = new LiquibaseMaintenance(
                dataSource, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        liquibase.update();
        liquibase.rollbackChangeSet(REVIEW);
        jdbc.update(
                "INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, 'Marta Owner', now())",
                owner,
                owner + "@example.org");
        jdbc.update(
                "INSERT INTO projects (id, owner_id, name, language, domain_template, created_at, updated_at)"
                        + " VALUES (?, ?, 'Cuidados', 'es', 'generic', now(), now())",
                project,
                owner);
        jdbc.update(
                "INSERT INTO interviews (id, project_id, participant, source_filename, source_bytes, format, language,"
                        + " status, full_text, content_sha256, word_count, char_count, fragment_count, speakers,"
                        + " has_timestamps, created_at) VALUES (?, ?, 'Ana', 'ana.txt', 12, 'txt', 'es', 'ready',"
                        + " 'uno dos tres', 'x', 3, 12, 1, '[]'::jsonb, false, now())",
                interview,
                project);
        jdbc.update(
                "INSERT INTO fragments (id, interview_id, project_id, ordinal, text, char_start, char_end)"
                        + " VALUES (?, ?, ?, 0, 'uno dos tres', 0, 12)",
                fragment,
                interview,
                project);
        jdbc.update(
                "INSERT INTO codes (id, project_id, label, definition, origin, created_at, updated_at)"
                        + " VALUES (?, ?, 'trabajo', '', 'human', now(), now())",
                code,
                project);
        coder(owner, "user", "user:" + owner);
        coder(offline, "offline", "offline");
        coder(ai, "ai", "ai:openai/gpt-test");
        application(0, 3, "human", owner);
        application(4, 7, "offline", offline);
        application(8, 12, "ai", ai);
    }

    @AfterEach
    void stop() {
        dataSource.close();
    }

    @Test
    void machineRowsBecomePendingAndPeoplesAccepted() {
        liquibase.update();

        assertThat(statesByOrigin())
                .containsOnly(
                        Map.entry("human", "accepted"), Map.entry("offline", "pending"), Map.entry("ai", "pending"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM code_applications WHERE reviewed_by IS NOT NULL OR reviewed_at IS NOT NULL",
                        Long.class))
                .isZero();
    }

    @Test
    void rollbackDropsRejectedApplicationsAndTheColumnsAndUpdateMigratesAgain() {
        liquibase.update();
        jdbc.update(
                "UPDATE code_applications SET review_state = 'rejected', reviewed_by = ?, reviewed_at = now()"
                        + " WHERE origin = 'ai'",
                owner);
        jdbc.update("UPDATE code_applications SET review_state = 'accepted' WHERE origin = 'offline'");

        liquibase.rollbackChangeSet(REVIEW);

        assertThat(jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'code_applications'",
                        String.class))
                .doesNotContain("review_state", "reviewed_by", "reviewed_at");
        assertThat(jdbc.queryForList("SELECT origin FROM code_applications ORDER BY quote_start", String.class))
                .containsExactly("human", "offline");

        liquibase.update();

        assertThat(statesByOrigin()).containsOnly(Map.entry("human", "accepted"), Map.entry("offline", "pending"));
    }

    private java.util.List<Map.Entry<String, String>> statesByOrigin() {
        return jdbc.query(
                "SELECT origin, review_state FROM code_applications",
                (rs, i) -> Map.entry(rs.getString("origin"), rs.getString("review_state")));
    }

    private void coder(UUID id, String kind, String key) {
        jdbc.update(
                "INSERT INTO coders (project_id, id, kind, key, display_name, created_at) VALUES (?, ?, ?, ?, ?, now())",
                project,
                id,
                kind,
                key,
                kind);
    }

    private void application(int start, int end, String origin, UUID coder) {
        jdbc.update(
                "INSERT INTO code_applications (id, project_id, code_id, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at, coder_id)"
                        + " VALUES (?, ?, ?, ?, ?, 'q', ?, ?, 1, ?, now(), ?)",
                UUID.randomUUID(),
                project,
                code,
                fragment,
                interview,
                start,
                end,
                origin,
                coder);
    }
}
