package com.theogen.theory.internal.store;

import static com.theogen.theory.internal.store.StoredTheoryMapping.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import com.theogen.theory.Theory;
import com.theogen.theory.TheoryError;
import com.theogen.theory.TheorySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code theories} table. Structured parts are JSONB documents in the storage format of {@link StoredTheory}
 * (its version in the row's {@code format_version}), written and read here only, with this store's own JSON
 * settings: the API's {@link Theory} records and the application's JSON configuration may change without changing
 * what is stored.
 */
@Repository
public class TheoryStore {

    private static final String SUMMARY_COLUMNS = "id, version, created_at, central_category_name, readiness_score, "
            + "evidence_coverage, generated_by, route, degraded";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TheoryStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
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

    public Optional<Theory> find(UUID projectId, UUID theoryId) {
        return jdbc
                .query("SELECT * FROM theories WHERE project_id = ? AND id = ?", this::row, projectId, theoryId)
                .stream()
                .findFirst();
    }

    public Optional<Theory> byJob(UUID jobId) {
        return jdbc.query("SELECT * FROM theories WHERE job_id = ?", this::row, jobId).stream()
                .findFirst();
    }

    public List<TheorySummary> history(UUID projectId, int page, int size) {
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

    public long count(UUID projectId) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM theories WHERE project_id = ?", Long.class, projectId);
        return n == null ? 0 : n;
    }

    private void write(Theory t) {
        jdbc.update(
                "INSERT INTO theories (id, project_id, version, job_id, created_at, language, template, route, "
                        + "generated_by, degraded, central_category_id, central_category_name, core_category, paradigm, "
                        + "propositions, consequences, gaps, sampling_plan, saturation, readiness_score, "
                        + "network_summary, evidence_coverage, coverage, validation, manifest, format_version) VALUES (?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, "
                        + "?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)",
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
                text(StoredTheoryMapping.core(t.coreCategory())),
                text(StoredTheoryMapping.paradigm(t.paradigm())),
                text(map(t.propositions(), StoredTheoryMapping::proposition)),
                text(map(t.consequences(), StoredTheoryMapping::consequence)),
                text(map(t.gaps(), StoredTheoryMapping::gap)),
                text(map(t.samplingPlan(), StoredTheoryMapping::sampling)),
                text(StoredTheoryMapping.saturation(t.saturation())),
                t.readinessScore(),
                text(StoredTheoryMapping.network(t.networkSummary())),
                t.evidenceCoverage().ratio(),
                text(StoredTheoryMapping.coverage(t.evidenceCoverage())),
                text(StoredTheoryMapping.validation(t.validation())),
                text(StoredTheoryMapping.manifest(t.manifest())),
                StoredTheory.FORMAT_VERSION);
    }

    private Theory row(ResultSet rs, int rowNum) throws SQLException {
        int format = rs.getInt("format_version");
        if (format > StoredTheory.FORMAT_VERSION) {
            throw newerFormat(rs.getObject("id", UUID.class), rs.getInt("version"), format);
        }
        if (format != StoredTheory.FORMAT_VERSION) {
            throw new IllegalStateException("theory " + rs.getObject("id", UUID.class) + " is stored in format "
                    + format + ", which no TheoGen version wrote");
        }
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
                StoredTheoryMapping.core(read(rs, "core_category", StoredTheory.Core.class)),
                StoredTheoryMapping.paradigm(read(rs, "paradigm", StoredTheory.Paradigm.class)),
                map(
                        read(rs, "consequences", new TypeReference<List<StoredTheory.Consequence>>() {}),
                        StoredTheoryMapping::consequence),
                map(
                        read(rs, "propositions", new TypeReference<List<StoredTheory.Proposition>>() {}),
                        StoredTheoryMapping::proposition),
                map(read(rs, "gaps", new TypeReference<List<StoredTheory.Gap>>() {}), StoredTheoryMapping::gap),
                map(
                        read(rs, "sampling_plan", new TypeReference<List<StoredTheory.SamplingStep>>() {}),
                        StoredTheoryMapping::sampling),
                StoredTheoryMapping.saturation(read(rs, "saturation", StoredTheory.Saturation.class)),
                rs.getInt("readiness_score"),
                StoredTheoryMapping.network(read(rs, "network_summary", StoredTheory.Network.class)),
                StoredTheoryMapping.coverage(read(rs, "coverage", StoredTheory.Coverage.class)),
                StoredTheoryMapping.validation(read(rs, "validation", StoredTheory.Validation.class)),
                StoredTheoryMapping.manifest(read(rs, "manifest", StoredTheory.Manifest.class)));
    }

    /**
     * A row in a later format than this build reads, written by a newer TheoGen (an older build run against its
     * database, e.g. after a rollback): a conflict that says what to do (409 {@code THEORY_FORMAT_NEWER}), not a
     * defect. The row is not touched.
     */
    private static DomainException newerFormat(UUID id, int version, int format) {
        return new DomainException(
                TheoryError.THEORY_FORMAT_NEWER,
                "Theory version " + version + " was saved by a newer TheoGen (stored format " + format
                        + "; this server reads format " + StoredTheory.FORMAT_VERSION
                        + "). It is kept unchanged: run the newer TheoGen version to open or export it.",
                Map.of(
                        "theory_id", id,
                        "format_version", format,
                        "readable_format_version", StoredTheory.FORMAT_VERSION));
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
