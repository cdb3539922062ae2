package com.theogen.coding.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What an agreement report reads: the project's codes as the table shows them and two coders' applications. */
@Repository
class AgreementStore {

    /** A code with what the table shows beside its figures. */
    record CodeInfo(UUID id, String label, String color, String categoryName) {}

    /** One stored application: {@code [start, end)} in its fragment's text. */
    record StoredApplication(UUID coderId, UUID codeId, UUID fragmentId, int start, int end) {}

    private final JdbcTemplate jdbc;

    AgreementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, CodeInfo> codes(UUID projectId) {
        Map<UUID, CodeInfo> codes = new LinkedHashMap<>();
        jdbc.query(
                "SELECT c.id, c.label, c.color, g.name AS category_name FROM codes c"
                        + " LEFT JOIN categories g ON g.id = c.category_id WHERE c.project_id = ?"
                        + " ORDER BY lower(c.label), c.id",
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    codes.put(
                            id,
                            new CodeInfo(
                                    id, rs.getString("label"), rs.getString("color"), rs.getString("category_name")));
                },
                projectId);
        return codes;
    }

    /** A coder's applications in the project, without those a reviewer rejected (docs/adr/031). */
    List<StoredApplication> applications(UUID projectId, UUID coderId) {
        return jdbc.query(
                "SELECT coder_id, code_id, fragment_id, quote_start, quote_end FROM code_applications"
                        + " WHERE project_id = ? AND coder_id = ? AND review_state <> 'rejected'",
                (rs, i) -> new StoredApplication(
                        rs.getObject("coder_id", UUID.class),
                        rs.getObject("code_id", UUID.class),
                        rs.getObject("fragment_id", UUID.class),
                        rs.getInt("quote_start"),
                        rs.getInt("quote_end")),
                projectId,
                coderId);
    }
}
