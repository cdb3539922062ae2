package com.theogen.interview.internal;

import com.theogen.interview.AttributeError;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.interview.InterviewAttributes.AttributeImportResult;
import com.theogen.interview.InterviewAttributes.AttributeType;
import com.theogen.interview.InterviewAttributes.AttributeUnmatchedRow;
import com.theogen.interview.InterviewAttributes.AttributeVariable;
import com.theogen.shared.CsvReader;
import com.theogen.shared.DomainException;
import com.theogen.shared.StrictUtf8;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Interview attributes from a CSV: one row per interview, one column per variable (see InterviewAttributes). */
@Component
class AttributeCsvImport {

    static final int MAX_ROWS = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AttributeCsvImport(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private record Target(UUID id, String participant, String filename) {}

    AttributeImportResult apply(UUID projectId, byte[] bytes) {
        String text = decode(bytes == null ? new byte[0] : bytes);
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text, CsvReader.delimiter(text), MAX_ROWS + 1);
        } catch (CsvReader.Malformed e) {
            throw invalid(e.line, "the CSV is badly quoted: " + e.getMessage());
        }
        if (records.isEmpty() || records.get(0).blank()) {
            throw invalid(1, "the CSV has no header row on line 1");
        }
        if (records.size() > MAX_ROWS + 1) {
            throw invalid(records.get(MAX_ROWS + 1).line(), "the CSV has more than " + MAX_ROWS + " rows");
        }
        List<String> names = header(records.get(0));
        List<CsvReader.Record> rows = records.subList(1, records.size()).stream()
                .filter(r -> !r.blank())
                .toList();
        for (CsvReader.Record row : rows) {
            if (row.cells().size() > names.size() + 1) {
                throw invalid(
                        row.line(),
                        "line " + row.line() + " has " + row.cells().size() + " cells; the header has "
                                + (names.size() + 1));
            }
        }
        List<AttributeVariable> variables = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            variables.add(new AttributeVariable(names.get(c), infer(rows, c + 1)));
        }
        List<Target> targets = jdbc.query(
                "SELECT id, participant, source_filename FROM interviews WHERE project_id = ?",
                (rs, i) -> new Target(
                        rs.getObject("id", UUID.class), rs.getString("participant"), rs.getString("source_filename")),
                projectId);
        List<AttributeUnmatchedRow> unmatched = new ArrayList<>();
        Map<UUID, CsvReader.Record> matched = new LinkedHashMap<>();
        Map<UUID, Integer> firstLine = new HashMap<>();
        for (CsvReader.Record row : rows) {
            String key = row.cells().get(0).strip();
            List<Target> found = resolve(key, targets);
            if (found.isEmpty()) {
                unmatched.add(new AttributeUnmatchedRow(
                        row.line(), key, "no interview of this project has this id, participant or file name"));
            } else if (found.size() > 1) {
                unmatched.add(new AttributeUnmatchedRow(
                        row.line(), key, found.size() + " interviews match; use the interview id"));
            } else if (firstLine.containsKey(found.get(0).id())) {
                unmatched.add(new AttributeUnmatchedRow(
                        row.line(),
                        key,
                        "the interview was already given on line "
                                + firstLine.get(found.get(0).id())));
            } else {
                firstLine.put(found.get(0).id(), row.line());
                matched.put(found.get(0).id(), row);
            }
        }
        transactions.executeWithoutResult(s -> matched.forEach((id, row) -> write(projectId, id, row, variables)));
        return new AttributeImportResult(matched.size(), variables, unmatched);
    }

    private void write(UUID projectId, UUID interviewId, CsvReader.Record row, List<AttributeVariable> variables) {
        Map<String, Attribute> merged = new LinkedHashMap<>();
        jdbc.query(
                "SELECT name, type, value FROM interview_attributes WHERE interview_id = ? ORDER BY lower(name), name",
                rs -> {
                    merged.put(
                            rs.getString("name").toLowerCase(Locale.ROOT),
                            new Attribute(
                                    rs.getString("name"),
                                    AttributeType.fromCode(rs.getString("type")),
                                    rs.getString("value")));
                },
                interviewId);
        for (int c = 0; c < variables.size(); c++) {
            AttributeVariable variable = variables.get(c);
            String value = c + 1 < row.cells().size() ? row.cells().get(c + 1).strip() : "";
            String key = variable.name().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                merged.remove(key);
            } else {
                merged.put(key, new Attribute(variable.name(), variable.type(), value));
            }
        }
        List<Attribute> clean;
        try {
            clean = AttributeService.validate(new ArrayList<>(merged.values()));
        } catch (DomainException e) {
            throw invalid(row.line(), "line " + row.line() + ": " + e.getMessage());
        }
        AttributeService.store(jdbc, projectId, interviewId, clean);
    }

    private static List<String> header(CsvReader.Record header) {
        List<String> cells = header.cells();
        if (cells.size() < 2) {
            throw invalid(1, "the header needs the interview column and at least one variable column");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : cells.subList(1, cells.size())) {
            String name = cell.replaceAll("\\s+", " ").strip();
            if (name.isEmpty() || name.length() > 200) {
                throw invalid(
                        1,
                        "column " + (names.size() + 2) + " of the header needs a variable name of 1 to 200 characters");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw invalid(1, "the header names variable '" + name + "' twice");
            }
            names.add(name);
        }
        return names;
    }

    private static List<Target> resolve(String key, List<Target> targets) {
        if (key.isEmpty()) {
            return List.of();
        }
        try {
            UUID id = UUID.fromString(key);
            return targets.stream().filter(t -> t.id().equals(id)).toList();
        } catch (IllegalArgumentException notAnId) {
            // a participant or a file name
        }
        List<Target> byParticipant = targets.stream()
                .filter(t -> t.participant() != null && t.participant().strip().equalsIgnoreCase(key))
                .toList();
        if (!byParticipant.isEmpty()) {
            return byParticipant;
        }
        return targets.stream()
                .filter(t -> t.filename() != null
                        && (t.filename().equalsIgnoreCase(key)
                                || stem(t.filename()).equalsIgnoreCase(key)))
                .toList();
    }

    private static String stem(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot > 0 ? filename.substring(0, dot) : filename;
    }

    /** The narrowest type every non-empty value of the column fits. */
    static AttributeType infer(List<CsvReader.Record> rows, int column) {
        List<String> values = rows.stream()
                .map(r -> column < r.cells().size() ? r.cells().get(column).strip() : "")
                .filter(v -> !v.isEmpty())
                .toList();
        if (values.isEmpty()) {
            return AttributeType.TEXT;
        }
        for (AttributeType type :
                List.of(AttributeType.BOOLEAN, AttributeType.INTEGER, AttributeType.FLOAT, AttributeType.DATE)) {
            if (values.stream().allMatch(type::accepts)) {
                return type;
            }
        }
        return AttributeType.TEXT;
    }

    private static String decode(byte[] bytes) {
        return StrictUtf8.decode(bytes).orElseThrow(() -> invalid(1, "the CSV is not UTF-8 text"));
    }

    private static DomainException invalid(int line, String message) {
        return new DomainException(AttributeError.INVALID_ATTRIBUTE_CSV, message, Map.of("line", line));
    }
}
