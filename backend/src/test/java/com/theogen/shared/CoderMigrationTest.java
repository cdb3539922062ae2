package com.theogen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.shared.internal.LiquibaseMaintenance;
import com.theogen.support.MigrationDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coder changesets (docs/adr/020) on a database that already holds coding: existing rows get their coder by
 * origin, and the rollback collapses coder layers back into the old one-per-span shape.
 */
class CoderMigrationTest {

    static final String CODERS = "h-exchange-001-coders";
    static final String ROWS = "h-exchange-002-coder-of-every-row";

    HikariDataSource dataSource;
    JdbcTemplate jdbc;
    LiquibaseMaintenance liquibase;

    UUID owner = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    UUID interview = UUID.randomUUID();
    UUID fragment = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID code = UUID.randomUUID();

    @BeforeEach
    void databaseWithCodingMadeBeforeCoders() {
        dataSource = MigrationDatabase.empty();
        jdbc = new JdbcTemplate(dataSource);
        liquibase = new LiquibaseMaintenance(
                dataSource, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        liquibase.update();
        liquibase.rollbackChangeSet("h-exchange-004-interview-attributes");
        liquibase.rollbackChangeSet("h-exchange-003-code-hierarchy-colour");
        liquibase.rollbackChangeSet(ROWS);
        liquibase.rollbackChangeSet(CODERS);
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
                        + " has_timestamps, created_at) VALUES (?, ?, 'Ana', 'ana.txt', 20, 'txt', 'es', 'ready',"
                        + " 'uno dos tres\ncuatro', 'x', 4, 19, 2, '[]'::jsonb, false, now())",
                interview,
                project);
        fragment(fragment, 0, "uno dos tres", 0, 12);
        fragment(other, 1, "cuatro", 13, 19);
        jdbc.update(
                "INSERT INTO codes (id, project_id, label, definition, origin, created_at, updated_at)"
                        + " VALUES (?, ?, 'trabajo', '', 'human', now(), now())",
                code,
                project);
        application(fragment, 0, 3, "human");
        application(fragment, 4, 7, "ai");
        application(other, 0, 6, "offline");
        jdbc.update(
                "INSERT INTO memos (id, project_id, title, body, created_at, updated_at)"
                        + " VALUES (?, ?, 'idea', '', now(), now())",
                UUID.randomUUID(),
                project);
        mark(fragment, "not_relevant");
        mark(other, "examined");
    }

    @AfterEach
    void stop() {
        dataSource.close();
    }

    @Test
    void givesHumanRowsToTheOwnerAndMachineRowsToTheirMachineCoder() {
        liquibase.update();

        Map<String, String> coders = new java.util.HashMap<>();
        jdbc.query(
                "SELECT key, kind FROM coders WHERE project_id = ?",
                rs -> {
                    coders.put(rs.getString("key"), rs.getString("kind"));
                },
                project);
        assertThat(coders)
                .containsOnly(
                        Map.entry("user:" + owner, "user"),
                        Map.entry("ai:legacy/unrecorded", "ai"),
                        Map.entry("offline", "offline"));
        assertThat(jdbc.queryForObject(
                        "SELECT display_name FROM coders WHERE id = ? AND project_id = ?",
                        String.class,
                        owner,
                        project))
                .isEqualTo("Marta Owner");
        assertThat(coderKeysOf("SELECT a.origin AS what, c.key FROM code_applications a"
                        + " JOIN coders c ON c.project_id = a.project_id AND c.id = a.coder_id"))
                .containsOnly(
                        Map.entry("human", "user:" + owner),
                        Map.entry("ai", "ai:legacy/unrecorded"),
                        Map.entry("offline", "offline"));
        assertThat(coderKeysOf("SELECT 'memo' AS what, c.key FROM memos m"
                        + " JOIN coders c ON c.project_id = m.project_id AND c.id = m.coder_id"))
                .containsOnly(Map.entry("memo", "user:" + owner));
        assertThat(coderKeysOf("SELECT s.state AS what, c.key FROM fragment_coding_state s"
                        + " JOIN coders c ON c.project_id = s.project_id AND c.id = s.coder_id"))
                .containsOnly(
                        Map.entry("not_relevant", "user:" + owner), Map.entry("examined", "ai:legacy/unrecorded"));
    }

    @Test
    void rollbackCollapsesCoderLayersAndUpdateMigratesAgain() {
        liquibase.update();
        UUID offline = jdbc.queryForObject(
                "SELECT id FROM coders WHERE project_id = ? AND key = 'offline'", UUID.class, project);
        // a second layer over the same span and fragment: allowed with coders, impossible before
        jdbc.update(
                "INSERT INTO code_applications (id, project_id, code_id, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at, coder_id)"
                        + " VALUES (?, ?, ?, ?, ?, 'uno', 0, 3, 0.5, 'offline', now(), ?)",
                UUID.randomUUID(),
                project,
                code,
                fragment,
                interview,
                offline);
        jdbc.update(
                "INSERT INTO fragment_coding_state (fragment_id, project_id, interview_id, state, updated_at, coder_id)"
                        + " VALUES (?, ?, ?, 'examined', now(), ?)",
                fragment,
                project,
                interview,
                offline);

        liquibase.rollbackChangeSet("h-exchange-004-interview-attributes");
        liquibase.rollbackChangeSet("h-exchange-003-code-hierarchy-colour");
        liquibase.rollbackChangeSet(ROWS);

        assertThat(columns("code_applications")).doesNotContain("coder_id");
        assertThat(columns("memos")).doesNotContain("coder_id");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM code_applications WHERE fragment_id = ? AND quote_start = 0",
                        Long.class,
                        fragment))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT state FROM fragment_coding_state WHERE fragment_id = ?", String.class, fragment))
                .containsExactly("not_relevant");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM coders", Long.class))
                .isZero();

        liquibase.update();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM code_applications WHERE coder_id IS NULL", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM coders WHERE project_id = ?", Long.class, project))
                .isEqualTo(3);
    }

    private List<Map.Entry<String, String>> coderKeysOf(String sql) {
        return jdbc.query(sql, (rs, i) -> Map.entry(rs.getString("what"), rs.getString("key")));
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", String.class, table);
    }

    private void fragment(UUID id, int ordinal, String text, int start, int end) {
        jdbc.update(
                "INSERT INTO fragments (id, interview_id, project_id, ordinal, text, char_start, char_end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                interview,
                project,
                ordinal,
                text,
                start,
                end);
    }

    private void application(UUID fragmentId, int start, int end, String origin) {
        jdbc.update(
                "INSERT INTO code_applications (id, project_id, code_id, fragment_id, interview_id, quote, quote_start,"
                        + " quote_end, confidence, origin, created_at) VALUES (?, ?, ?, ?, ?, 'q', ?, ?, 1, ?, now())",
                UUID.randomUUID(),
                project,
                code,
                fragmentId,
                interview,
                start,
                end,
                origin);
    }

    private void mark(UUID fragmentId, String state) {
        jdbc.update(
                "INSERT INTO fragment_coding_state (fragment_id, project_id, interview_id, state, updated_at)"
                        + " VALUES (?, ?, ?, ?, now())",
                fragmentId,
                project,
                interview,
                state);
    }
}
