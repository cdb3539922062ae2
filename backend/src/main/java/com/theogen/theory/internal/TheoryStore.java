package com.theogen.theory.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.theogen.shared.Language;
import com.theogen.theory.Theory;
import com.theogen.theory.TheorySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code theories} table. Structured parts are JSONB documents of the {@link Theory} records. */
@Repository
public class TheoryStore {

    private static final String SUMMARY_COLUMNS = "id, version, created_at, central_category_name, readiness_score, "
            + "evidence_coverage, generated_by, route, degraded";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TheoryStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Saves {@code theory} as the project's next version. Idempotent per job: a job that saved already (and was
     * resumed before it could record it) gets its theory back. Two runs racing for a version retry with the next.
     */
    public Theory insert(Theory theory) {
        Optional<Theory> existing = byJob(theory.jobId());
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int attempt = 0; ; attempt++) {
            Integer max = jdbc.queryForObject(
                    "SELECT coalesce(max(version), 0) FROM theories WHERE project_id = ?",
                    Integer.class,
                    theory.projectId());
            Theory versioned = withVersion(theory, max + 1);
            try {
                write(versioned);
                return versioned;
            } catch (DuplicateKeyException raced) {
                Optional<Theory> mine = byJob(theory.jobId());
                if (mine.isPresent()) {
                    return mine.get();
                }
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    Optional<Theory> find(UUID projectId, UUID theoryId) {
        return jdbc
                .query("SELECT * FROM theories WHERE project_id = ? AND id = ?", this::map, projectId, theoryId)
                .stream()
                .findFirst();
    }

    Optional<Theory> byJob(UUID jobId) {
        return jdbc.query("SELECT * FROM theories WHERE job_id = ?", this::map, jobId).stream()
                .findFirst();
    }

    List<TheorySummary> history(UUID projectId, int page, int size) {
        return jdbc.query(
                "SELECT " + SUMMARY_COLUMNS
                        + " FROM theories WHERE project_id = ? ORDER BY version DESC LIMIT ? OFFSET ?",
                (rs, row) -> new TheorySummary(
                        rs.getObject("id", UUID.class),
                        rs.getInt("version"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("central_category_name"),
                        rs.getInt("readiness_score"),
                        rs.getDouble("evidence_coverage"),
                        rs.getString("generated_by"),
                        rs.getString("route"),
                        rs.getBoolean("degraded")),
                projectId,
                size,
                (long) page * size);
    }

    long count(UUID projectId) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM theories WHERE project_id = ?", Long.class, projectId);
        return n == null ? 0 : n;
    }

    private void write(Theory t) {
        jdbc.update(
                "INSERT INTO theories (id, project_id, version, job_id, created_at, language, template, route, "
                        + "generated_by, degraded, central_category_id, central_category_name, core_category, paradigm, "
                        + "propositions, consequences, gaps, sampling_plan, saturation, readiness_score, "
                        + "network_summary, evidence_coverage, coverage, validation, manifest) VALUES (?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, "
                        + "?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb)",
                t.id(),
                t.projectId(),
                t.version(),
                t.jobId(),
                Timestamp.from(t.createdAt()),
                t.language().code(),
                t.template(),
                t.route(),
                t.generatedBy(),
                t.degraded(),
                t.coreCategory().categoryId(),
                t.coreCategory().name(),
                text(t.coreCategory()),
                text(t.paradigm()),
                text(t.propositions()),
                text(t.consequences()),
                text(t.gaps()),
                text(t.samplingPlan()),
                text(t.saturation()),
                t.readinessScore(),
                text(t.networkSummary()),
                t.evidenceCoverage().ratio(),
                text(t.evidenceCoverage()),
                text(t.validation()),
                text(t.manifest()));
    }

    private Theory map(ResultSet rs, int row) throws SQLException {
        return new Theory(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("job_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                Language.valueOf(rs.getString("language").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("template"),
                rs.getString("route"),
                rs.getString("generated_by"),
                rs.getBoolean("degraded"),
                read(rs, "core_category", Theory.CoreCategory.class),
                read(rs, "paradigm", Theory.Paradigm.class),
                read(rs, "consequences", new TypeReference<List<Theory.Consequence>>() {}),
                read(rs, "propositions", new TypeReference<List<Theory.Proposition>>() {}),
                read(rs, "gaps", new TypeReference<List<Theory.Gap>>() {}),
                read(rs, "sampling_plan", new TypeReference<List<Theory.SamplingStep>>() {}),
                read(rs, "saturation", Theory.Saturation.class),
                rs.getInt("readiness_score"),
                read(rs, "network_summary", Theory.NetworkSummary.class),
                read(rs, "coverage", Theory.EvidenceCoverage.class),
                read(rs, "validation", Theory.Validation.class),
                read(rs, "manifest", Theory.Manifest.class));
    }

    private static Theory withVersion(Theory t, int version) {
        return new Theory(
                t.id(),
                t.projectId(),
                version,
                t.jobId(),
                t.createdAt(),
                t.language(),
                t.template(),
                t.route(),
                t.generatedBy(),
                t.degraded(),
                t.coreCategory(),
                t.paradigm(),
                t.consequences(),
                t.propositions(),
                t.gaps(),
                t.samplingPlan(),
                t.saturation(),
                t.readinessScore(),
                t.networkSummary(),
                t.evidenceCoverage(),
                t.validation(),
                t.manifest());
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("theory parts are always serialisable", e);
        }
    }

    private <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
        return read(rs, column, json.getTypeFactory().constructType(type));
    }

    private <T> T read(ResultSet rs, String column, TypeReference<T> type) throws SQLException {
        return read(rs, column, json.getTypeFactory().constructType(type));
    }

    private <T> T read(ResultSet rs, String column, JavaType type) throws SQLException {
        try {
            return json.readValue(rs.getString(column), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable theory column " + column, e);
        }
    }
}
