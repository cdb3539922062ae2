package com.theogen.coding.internal;

import com.theogen.coding.CodebookError;
import com.theogen.coding.CodebookImport;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodeStore.Criteria;
import com.theogen.project.ProjectRole;
import com.theogen.shared.CsvReader;
import com.theogen.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Codebook import from CSV: parse and check everything first, then write it all in one transaction. */
@Service
class CodebookCsvImport implements CodebookImport {

    private enum Column {
        CODE,
        PARENT,
        DEFINITION,
        INCLUSION,
        EXCLUSION,
        EXAMPLES,
        COLOR
    }

    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("code", Column.CODE),
            Map.entry("parent", Column.PARENT),
            Map.entry("definition", Column.DEFINITION),
            Map.entry("inclusion", Column.INCLUSION),
            Map.entry("inclusion_criteria", Column.INCLUSION),
            Map.entry("exclusion", Column.EXCLUSION),
            Map.entry("exclusion_criteria", Column.EXCLUSION),
            Map.entry("examples", Column.EXAMPLES),
            Map.entry("color", Column.COLOR),
            Map.entry("colour", Column.COLOR));

    /** Columns of the codebook's CSV export that say nothing a code can take; read and ignored. */
    private static final Set<String> EXPORT_ONLY = CodebookImport.EXPORT_COLUMNS.stream()
            .filter(name -> !COLUMNS.containsKey(name))
            .collect(Collectors.toUnmodifiableSet());

    private static final int MAX_LABEL = 200;
    private static final int MAX_TEXT = 5_000;
    private static final int MAX_EXAMPLES = 20;
    private static final int MAX_EXAMPLE = 2_000;
    private static final int MAX_PROBLEMS = 200;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** One data row, checked. Null text means the column is absent or the cell blank: leave the field alone. */
    private record Entry(
            int line,
            String label,
            String parent,
            String definition,
            String inclusion,
            String exclusion,
            List<String> examples,
            String color) {}

    private final CodingAccess access;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final EvidenceSync sync;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CodebookCsvImport(
            CodingAccess access,
            CodeStore codes,
            ApplicationStore applications,
            EvidenceSync sync,
            JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.access = access;
        this.codes = codes;
        this.applications = applications;
        this.sync = sync;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public CodebookImportResult importCsv(UUID userId, UUID projectId, byte[] csv) {
        access.project(projectId, userId, ProjectRole.CODER);
        String text = decode(csv == null ? new byte[0] : csv);
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text, CsvReader.delimiter(text), MAX_ROWS + 1);
        } catch (CsvReader.Malformed e) {
            throw error(CodebookError.CSV_MALFORMED, e.line, "The CSV is badly quoted: " + e.getMessage());
        }
        if (records.isEmpty() || records.get(0).blank()) {
            throw error(CodebookError.CSV_MALFORMED, 1, "The CSV has no header row on line 1");
        }
        if (records.size() > MAX_ROWS + 1) {
            throw error(
                    CodebookError.CSV_TOO_MANY_ROWS,
                    records.get(MAX_ROWS + 1).line(),
                    "The CSV has more than " + MAX_ROWS + " rows");
        }
        Column[] header = header(records.get(0));
        List<CodebookImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.blank()) {
                continue;
            }
            Entry entry = entry(record, header, problems);
            if (entry == null) {
                skipped++;
            } else if (!seen.add(DraftWriter.key(entry.label()))) {
                problem(
                        problems,
                        record.line(),
                        "Code \"" + entry.label() + "\" is repeated; only its first row counts");
                skipped++;
            } else {
                entries.add(entry);
            }
        }
        int skippedRows = skipped;
        Written written = transactions.execute(s -> write(projectId, entries));
        sync.touched(
                projectId, written.changed().isEmpty() ? List.of() : applications.fragmentsOfCodes(written.changed()));
        return new CodebookImportResult(
                written.created(), written.updated(), skippedRows + written.unchanged(), List.copyOf(problems));
    }

    private record Written(int created, int updated, int unchanged, Set<UUID> changed) {}

    private Written write(UUID projectId, List<Entry> entries) {
        Map<String, CodeRow> byKey = new HashMap<>();
        codes.codes(projectId).forEach(c -> byKey.put(DraftWriter.key(c.label()), c));
        Map<UUID, UUID> parents = new HashMap<>();
        Map<UUID, String> colors = new HashMap<>();
        jdbc.query(
                "SELECT id, parent_id, color FROM codes WHERE project_id = ?",
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    parents.put(id, rs.getObject("parent_id", UUID.class));
                    colors.put(id, rs.getString("color"));
                },
                projectId);
        Map<UUID, Criteria> criteria = codes.criteria(projectId);
        Set<UUID> fresh = new HashSet<>();
        for (Entry entry : entries) {
            create(projectId, entry.label(), byKey, fresh);
            if (entry.parent() != null) {
                create(projectId, entry.parent(), byKey, fresh);
            }
        }
        Set<UUID> changed = new HashSet<>();
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        for (Entry entry : entries) {
            CodeRow code = byKey.get(DraftWriter.key(entry.label()));
            lines.put(code.id(), entry.line());
            if (entry.parent() != null) {
                UUID parent = byKey.get(DraftWriter.key(entry.parent())).id();
                if (!parent.equals(parents.get(code.id()))) {
                    parents.put(code.id(), parent);
                    changed.add(code.id());
                }
            }
        }
        lines.forEach((id, line) -> requireNoCycle(id, parents, line));
        for (UUID id : lines.keySet()) {
            if (changed.contains(id)) {
                codes.setParent(id, parents.get(id));
            }
        }
        for (Entry entry : entries) {
            CodeRow code = byKey.get(DraftWriter.key(entry.label()));
            if (entry.definition() != null && !entry.definition().equals(code.definition())) {
                codes.updateCode(new CodeRow(
                        code.id(),
                        code.projectId(),
                        code.label(),
                        entry.definition(),
                        code.origin(),
                        code.categoryId(),
                        code.categoryPinned(),
                        true,
                        code.aliases(),
                        code.properties(),
                        code.dimensions(),
                        code.createdAt(),
                        code.updatedAt()));
                changed.add(code.id());
            }
            Criteria before = criteria.getOrDefault(code.id(), new Criteria("", "", List.of()));
            String inclusion = differs(entry.inclusion(), before.inclusion());
            String exclusion = differs(entry.exclusion(), before.exclusion());
            List<String> examples =
                    entry.examples() == null || entry.examples().equals(before.examples()) ? null : entry.examples();
            if (inclusion != null || exclusion != null || examples != null) {
                codes.setCriteria(code.id(), inclusion, exclusion, examples);
                changed.add(code.id());
            }
            if (entry.color() != null && !entry.color().equalsIgnoreCase(Objects.toString(colors.get(code.id()), ""))) {
                codes.setColor(code.id(), entry.color());
                changed.add(code.id());
            }
        }
        int updated = 0;
        int unchanged = 0;
        for (Entry entry : entries) {
            UUID id = byKey.get(DraftWriter.key(entry.label())).id();
            if (fresh.contains(id)) {
                continue;
            }
            if (changed.contains(id)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Written(fresh.size(), updated, unchanged, changed);
    }

    private void create(UUID projectId, String label, Map<String, CodeRow> byKey, Set<UUID> fresh) {
        String key = DraftWriter.key(label);
        if (!byKey.containsKey(key)) {
            CodeRow row = codes.insertCode(projectId, label, "", Origin.HUMAN, null, true, null, null);
            byKey.put(key, row);
            fresh.add(row.id());
        }
    }

    private static void requireNoCycle(UUID id, Map<UUID, UUID> parents, int line) {
        UUID at = parents.get(id);
        for (int steps = 0; at != null && steps <= parents.size(); steps++) {
            if (at.equals(id)) {
                throw error(
                        CodebookError.CSV_PARENT_CYCLE,
                        line,
                        "Line " + line + ": the parents would make this code its own ancestor");
            }
            at = parents.get(at);
        }
    }

    private static String differs(String value, String before) {
        return value == null || value.equals(before == null ? "" : before) ? null : value;
    }

    private static String decode(byte[] csv) {
        int skip = csv.length >= 3 && (csv[0] & 0xFF) == 0xEF && (csv[1] & 0xFF) == 0xBB && (csv[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer in = ByteBuffer.wrap(csv, skip, csv.length - skip);
        CharBuffer out = CharBuffer.allocate(csv.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (csv[i] == '\n') {
                    line++;
                }
            }
            throw error(CodebookError.CSV_NOT_UTF8, line, "Line " + line + ": the CSV is not UTF-8 text");
        }
        return out.flip().toString();
    }

    private static Column[] header(CsvReader.Record record) {
        Column[] columns = new Column[record.cells().size()];
        Set<Column> seen = new HashSet<>();
        for (int i = 0; i < columns.length; i++) {
            String name = record.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || EXPORT_ONLY.contains(name)) {
                continue;
            }
            Column column = COLUMNS.get(name);
            if (column == null) {
                throw error(
                        CodebookError.CSV_UNKNOWN_COLUMN,
                        1,
                        "Line 1: unknown column \"" + name + "\"; the columns are code, parent, definition, inclusion,"
                                + " exclusion, examples and color");
            }
            if (!seen.add(column)) {
                throw error(CodebookError.CSV_UNKNOWN_COLUMN, 1, "Line 1: column \"" + name + "\" appears twice");
            }
            columns[i] = column;
        }
        if (!seen.contains(Column.CODE)) {
            throw error(CodebookError.CSV_MISSING_CODE_COLUMN, 1, "Line 1: the header has no \"code\" column");
        }
        return columns;
    }

    /** A row's entry, or null (with a problem) when it names no code; throws when a cell is too long. */
    private static Entry entry(CsvReader.Record record, Column[] header, List<CodebookImportProblem> problems) {
        int line = record.line();
        Map<Column, String> cells = new HashMap<>();
        for (int i = 0; i < record.cells().size(); i++) {
            String cell = unescape(record.cells().get(i)).strip();
            if (i >= header.length) {
                if (!cell.isEmpty()) {
                    problem(problems, line, "The row has more cells than the header; the extra ones are ignored");
                    break;
                }
                continue;
            }
            if (header[i] != null && !cell.isEmpty()) {
                cells.put(header[i], cell);
            }
        }
        String label = DraftWriter.clean(cells.get(Column.CODE));
        if (label.isEmpty()) {
            problem(problems, line, "The row names no code; skipped");
            return null;
        }
        limit(cells.get(Column.CODE), MAX_LABEL, "code", line);
        limit(cells.get(Column.PARENT), MAX_LABEL, "parent", line);
        limit(cells.get(Column.DEFINITION), MAX_TEXT, "definition", line);
        limit(cells.get(Column.INCLUSION), MAX_TEXT, "inclusion", line);
        limit(cells.get(Column.EXCLUSION), MAX_TEXT, "exclusion", line);
        List<String> examples = null;
        if (cells.containsKey(Column.EXAMPLES)) {
            examples = Arrays.stream(cells.get(Column.EXAMPLES).split(" \\| "))
                    .map(String::strip)
                    .filter(e -> !e.isEmpty())
                    .toList();
            if (examples.size() > MAX_EXAMPLES) {
                throw error(
                        CodebookError.CSV_FIELD_TOO_LONG,
                        line,
                        "Line " + line + ": more than " + MAX_EXAMPLES + " examples");
            }
            for (String example : examples) {
                limit(example, MAX_EXAMPLE, "examples", line);
            }
        }
        String color = cells.get(Column.COLOR);
        if (color != null && !COLOR.matcher(color).matches()) {
            problem(problems, line, "Colour \"" + color + "\" is not #RRGGBB; ignored");
            color = null;
        }
        String parent = cells.containsKey(Column.PARENT) ? DraftWriter.clean(cells.get(Column.PARENT)) : null;
        return new Entry(
                line,
                label,
                parent,
                cells.get(Column.DEFINITION),
                cells.get(Column.INCLUSION),
                cells.get(Column.EXCLUSION),
                examples,
                color);
    }

    /** Undoes the export's guard against spreadsheet formulas (a quote before a leading = + - @). */
    private static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private static void limit(String value, int max, String column, int line) {
        if (value != null && value.length() > max) {
            throw error(
                    CodebookError.CSV_FIELD_TOO_LONG,
                    line,
                    "Line " + line + ": " + column + " is longer than " + max + " characters");
        }
    }

    private static void problem(List<CodebookImportProblem> problems, int line, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new CodebookImportProblem(line, message));
        }
    }

    private static DomainException error(CodebookError code, int line, String message) {
        return new DomainException(code, message, Map.of("line", line));
    }
}
