package com.theogen.interview.internal;

import com.theogen.interview.AttributeError;
import com.theogen.interview.AttributeFilter;
import com.theogen.interview.InterviewAttributes;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Interview attributes in SQL, checked against their type on the way in. */
@Service
class AttributeService implements InterviewAttributes {

    static final int MAX_ATTRIBUTES = 200;
    static final int MAX_VALUE = 10_000;

    private final JdbcTemplate jdbc;
    private final InterviewRepository interviews;
    private final ProjectAccess projects;
    private final TransactionTemplate transactions;
    private final AttributeCsvImport csv;

    AttributeService(
            JdbcTemplate jdbc,
            InterviewRepository interviews,
            ProjectAccess projects,
            TransactionTemplate transactions,
            AttributeCsvImport csv) {
        this.jdbc = jdbc;
        this.interviews = interviews;
        this.projects = projects;
        this.transactions = transactions;
        this.csv = csv;
    }

    @Override
    public Set<UUID> matching(UUID projectId, AttributeFilter filter) {
        List<UUID> all = jdbc.queryForList(
                "SELECT id FROM interviews WHERE project_id = ? ORDER BY created_at, id", UUID.class, projectId);
        if (filter == null || filter.isEmpty()) {
            return new LinkedHashSet<>(all);
        }
        Map<UUID, List<Attribute>> attributes = ofProject(projectId);
        Set<String> known = new HashSet<>();
        attributes.values().forEach(list -> list.forEach(a -> known.add(a.name().toLowerCase(Locale.ROOT))));
        for (String name : filter.names()) {
            if (!known.contains(name.toLowerCase(Locale.ROOT))) {
                throw new DomainException(
                        AttributeError.UNKNOWN_ATTRIBUTE,
                        "no interview of this project has the attribute '" + name + "'",
                        Map.of("attribute", name));
            }
        }
        Set<UUID> result = new LinkedHashSet<>();
        for (UUID id : all) {
            if (filter.matches(attributes.getOrDefault(id, List.of()))) {
                result.add(id);
            }
        }
        return result;
    }

    @Override
    public AttributeTable table(UUID userId, UUID projectId) {
        projects.require(projectId, userId, ProjectRole.VIEWER);
        Map<UUID, List<Attribute>> attributes = ofProject(projectId);
        Map<String, AttributeVariable> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<AttributeRow> rows = jdbc.query(
                "SELECT id, participant, source_filename FROM interviews WHERE project_id = ? ORDER BY created_at, id",
                (rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String participant = rs.getString("participant");
                    String label = participant == null || participant.isBlank()
                            ? rs.getString("source_filename")
                            : participant;
                    return new AttributeRow(id, label, attributes.getOrDefault(id, List.of()));
                },
                projectId);
        rows.forEach(row -> row.attributes()
                .forEach(a -> variables.putIfAbsent(a.name(), new AttributeVariable(a.name(), a.type()))));
        return new AttributeTable(projectId, List.copyOf(variables.values()), rows);
    }

    @Override
    public AttributeImportResult importCsv(UUID userId, UUID projectId, byte[] bytes) {
        projects.require(projectId, userId, ProjectRole.CODER);
        return csv.apply(projectId, bytes);
    }

    @Override
    public List<Attribute> get(UUID userId, UUID interviewId) {
        interviews.require(projects, userId, interviewId, ProjectRole.VIEWER);
        return read(interviewId);
    }

    @Override
    public List<Attribute> replace(UUID userId, UUID interviewId, List<Attribute> attributes) {
        UUID projectId = interviews
                .require(projects, userId, interviewId, ProjectRole.CODER)
                .projectId();
        List<Attribute> clean = validate(attributes == null ? List.of() : attributes);
        transactions.executeWithoutResult(s -> store(jdbc, projectId, interviewId, clean));
        return read(interviewId);
    }

    @Override
    public Map<UUID, List<Attribute>> ofProject(UUID projectId) {
        Map<UUID, List<Attribute>> result = new LinkedHashMap<>();
        jdbc.query(
                "SELECT interview_id, name, type, value FROM interview_attributes WHERE project_id = ?"
                        + " ORDER BY interview_id, lower(name), name",
                rs -> {
                    result.computeIfAbsent(rs.getObject("interview_id", UUID.class), k -> new ArrayList<>())
                            .add(row(rs));
                },
                projectId);
        return result;
    }

    private List<Attribute> read(UUID interviewId) {
        return jdbc.query(
                "SELECT name, type, value FROM interview_attributes WHERE interview_id = ? ORDER BY lower(name), name",
                (rs, i) -> row(rs),
                interviewId);
    }

    private static Attribute row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attribute(rs.getString("name"), AttributeType.fromCode(rs.getString("type")), rs.getString("value"));
    }

    static List<Attribute> validate(List<Attribute> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw invalid("an interview holds at most " + MAX_ATTRIBUTES + " attributes", null);
        }
        Set<String> seen = new HashSet<>();
        List<Attribute> clean = new ArrayList<>();
        for (Attribute a : attributes) {
            String name =
                    a.name() == null ? "" : a.name().replaceAll("\\s+", " ").strip();
            if (name.isEmpty() || name.length() > 200) {
                throw invalid("an attribute name must have 1 to 200 characters", name);
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw invalid("attribute '" + name + "' is given twice", name);
            }
            if (a.type() == null) {
                throw invalid("attribute '" + name + "' has no type", name);
            }
            clean.add(new Attribute(name, a.type(), canonical(name, a.type(), a.value())));
        }
        return clean;
    }

    /** Replaces an interview's attributes with {@code clean} ones (already {@link #validate validated}). */
    static void store(JdbcTemplate jdbc, UUID projectId, UUID interviewId, List<Attribute> clean) {
        jdbc.update("DELETE FROM interview_attributes WHERE interview_id = ?", interviewId);
        jdbc.batchUpdate(
                "INSERT INTO interview_attributes (interview_id, project_id, name, type, value) VALUES (?, ?, ?, ?, ?)",
                clean.stream()
                        .map(a -> new Object[] {
                            interviewId, projectId, a.name(), a.type().code(), a.value()
                        })
                        .toList());
    }

    private static String canonical(String name, AttributeType type, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_VALUE) {
            throw invalid("attribute '" + name + "' is longer than " + MAX_VALUE + " characters", name);
        }
        try {
            return type.canonical(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid("attribute '" + name + "' is not a valid " + type.code() + ": '" + clip(v) + "'", name);
        }
    }

    private static String clip(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }

    private static DomainException invalid(String message, String name) {
        return new DomainException(
                AttributeError.INVALID_ATTRIBUTE, message, name == null ? Map.of() : Map.of("attribute", name));
    }
}
