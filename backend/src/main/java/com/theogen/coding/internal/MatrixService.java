package com.theogen.coding.internal;

import com.theogen.coding.CodingMatrices;
import com.theogen.coding.MatrixError;
import com.theogen.interview.AttributeError;
import com.theogen.interview.InterviewAttributes;
import com.theogen.interview.InterviewAttributes.Attribute;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Code matrices computed from one read of the project's applications in scope (docs/adr/032). */
@Service
class MatrixService implements CodingMatrices {

    private final CodingAccess access;
    private final CoderStore coders;
    private final InterviewAttributes attributes;
    private final InterviewFragments interviews;
    private final MatrixQueries queries;

    MatrixService(
            CodingAccess access,
            CoderStore coders,
            InterviewAttributes attributes,
            InterviewFragments interviews,
            MatrixQueries queries) {
        this.access = access;
        this.coders = coders;
        this.attributes = attributes;
        this.interviews = interviews;
        this.queries = queries;
    }

    /** The matrix's data: rows, columns, and for each fragment in scope its column key and codes. */
    private record Scope(
            List<MatrixRow> rows,
            List<MatrixColumn> columns,
            Map<UUID, Set<UUID>> fragmentsByCode,
            Map<UUID, String> columnOf,
            Map<UUID, Long> order) {}

    @Override
    public Matrix matrix(UUID userId, UUID projectId, MatrixQuery query) {
        Scope scope = scope(userId, projectId, query);
        int n = scope.rows().size();
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int c = 0; c < scope.columns().size(); c++) {
            columnIndex.put(scope.columns().get(c).key(), c);
        }
        int[][] counts = new int[n][scope.columns().size()];
        for (int r = 0; r < n; r++) {
            Set<UUID> mine = scope.fragmentsByCode().get(scope.rows().get(r).codeId());
            if (query.kind() == Kind.COOCCURRENCE) {
                for (int c = 0; c < n; c++) {
                    Set<UUID> other =
                            scope.fragmentsByCode().get(scope.rows().get(c).codeId());
                    counts[r][c] = intersection(mine, other);
                }
            } else {
                for (UUID fragment : mine) {
                    counts[r][columnIndex.get(scope.columnOf().get(fragment))]++;
                }
            }
        }
        List<MatrixCell> cells = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                if (counts[r][c] > 0) {
                    cells.add(new MatrixCell(r, c, counts[r][c], normalise(query.kind(), counts, r, c)));
                }
            }
        }
        return new Matrix(
                query.kind(),
                query.kind() == Kind.ATTRIBUTE ? query.attribute() : null,
                query.kind() == Kind.COOCCURRENCE ? "jaccard" : "row_share",
                scope.rows(),
                scope.columns(),
                cells);
    }

    @Override
    public Page<MatrixCellFragment> cell(
            UUID userId, UUID projectId, MatrixQuery query, UUID row, String column, int page, int size) {
        Scope scope = scope(userId, projectId, query);
        if (row == null || !scope.fragmentsByCode().containsKey(row)) {
            throw new DomainException(
                    MatrixError.INVALID_MATRIX_CELL, "row must be a code id of the matrix", Map.of("row", "" + row));
        }
        String key = column == null ? "" : column.strip();
        if (scope.columns().stream().noneMatch(c -> c.key().equals(key))) {
            throw new DomainException(
                    MatrixError.INVALID_MATRIX_CELL, "column '" + key + "' is not a column of the matrix");
        }
        List<UUID> fragments = new ArrayList<>();
        List<UUID> codes = new ArrayList<>(List.of(row));
        if (query.kind() == Kind.COOCCURRENCE) {
            UUID other = UUID.fromString(key);
            codes.add(other);
            Set<UUID> both = scope.fragmentsByCode().get(other);
            scope.fragmentsByCode().get(row).stream().filter(both::contains).forEach(fragments::add);
        } else {
            scope.fragmentsByCode().get(row).stream()
                    .filter(f -> key.equals(scope.columnOf().get(f)))
                    .forEach(fragments::add);
        }
        fragments.sort(Comparator.comparing(scope.order()::get));
        int from = (int) Math.min((long) page * size, fragments.size());
        List<UUID> slice = fragments.subList(from, Math.min(from + size, fragments.size()));
        return new PageImpl<>(
                queries.fragments(slice, codes, query.coders()), PageRequest.of(page, size), fragments.size());
    }

    private Scope scope(UUID userId, UUID projectId, MatrixQuery query) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        coders.requireKnown(projectId, query.coders());
        if (query.kind() == Kind.ATTRIBUTE
                && (query.attribute() == null || query.attribute().isBlank())) {
            throw new DomainException(
                    MatrixError.MATRIX_ATTRIBUTE_REQUIRED, "a code × attribute matrix needs attribute=<name>");
        }
        Set<UUID> inScope = attributes.matching(projectId, query.filter());
        List<MatrixQueries.Hit> hits = inScope.isEmpty() ? List.of() : queries.hits(projectId, query.coders());
        Map<UUID, InterviewSummary> byId = new LinkedHashMap<>();
        interviews.interviewsOf(projectId).stream()
                .filter(i -> inScope.contains(i.id()))
                .sorted(Comparator.comparing(InterviewSummary::createdAt).thenComparing(InterviewSummary::id))
                .forEach(i -> byId.put(i.id(), i));
        Map<UUID, String> valueOf =
                query.kind() == Kind.ATTRIBUTE ? values(projectId, query.attribute(), byId) : Map.of();
        Map<UUID, Set<UUID>> byCode = new HashMap<>();
        Map<UUID, String> columnOf = new HashMap<>();
        Map<UUID, Long> order = new HashMap<>();
        Map<UUID, Integer> interviewOrder = new HashMap<>();
        byId.keySet().forEach(id -> interviewOrder.put(id, interviewOrder.size()));
        for (MatrixQueries.Hit hit : hits) {
            if (!byId.containsKey(hit.interviewId())) {
                continue;
            }
            byCode.computeIfAbsent(hit.codeId(), k -> new LinkedHashSet<>()).add(hit.fragmentId());
            columnOf.put(
                    hit.fragmentId(),
                    switch (query.kind()) {
                        case COOCCURRENCE -> "";
                        case INTERVIEWS -> hit.interviewId().toString();
                        case ATTRIBUTE -> valueOf.getOrDefault(hit.interviewId(), "");
                    });
            order.put(hit.fragmentId(), ((long) interviewOrder.get(hit.interviewId()) << 32) + hit.ordinal());
        }
        List<MatrixRow> rows = queries.codes(projectId).stream()
                .filter(c -> byCode.containsKey(c.codeId()))
                .map(c -> new MatrixRow(
                        c.codeId(),
                        c.label(),
                        c.color(),
                        c.categoryId(),
                        byCode.get(c.codeId()).size()))
                .sorted(Comparator.comparing((MatrixRow r) -> r.label().toLowerCase(Locale.ROOT))
                        .thenComparing(MatrixRow::codeId))
                .toList();
        return new Scope(rows, columns(query.kind(), rows, byId, valueOf, columnOf), byCode, columnOf, order);
    }

    private static List<MatrixColumn> columns(
            Kind kind,
            List<MatrixRow> rows,
            Map<UUID, InterviewSummary> interviews,
            Map<UUID, String> valueOf,
            Map<UUID, String> columnOf) {
        Map<String, Integer> coded = new HashMap<>();
        columnOf.values().forEach(key -> coded.merge(key, 1, Integer::sum));
        return switch (kind) {
            case COOCCURRENCE ->
                rows.stream()
                        .map(r -> new MatrixColumn(r.codeId().toString(), r.label(), r.fragments()))
                        .toList();
            case INTERVIEWS ->
                interviews.values().stream()
                        .map(i -> new MatrixColumn(
                                i.id().toString(),
                                i.participant() == null || i.participant().isBlank()
                                        ? i.sourceFilename()
                                        : i.participant(),
                                coded.getOrDefault(i.id().toString(), 0)))
                        .toList();
            case ATTRIBUTE -> {
                TreeSet<String> keys = new TreeSet<>(MatrixService::compareValues);
                interviews.keySet().forEach(id -> keys.add(valueOf.getOrDefault(id, "")));
                yield keys.stream()
                        .map(k -> new MatrixColumn(k, k, coded.getOrDefault(k, 0)))
                        .toList();
            }
        };
    }

    /** Each in-scope interview's value of the attribute (interviews without it are left out). */
    private Map<UUID, String> values(UUID projectId, String attribute, Map<UUID, InterviewSummary> interviews) {
        Map<UUID, String> result = new HashMap<>();
        boolean known = false;
        for (Map.Entry<UUID, List<Attribute>> entry :
                attributes.ofProject(projectId).entrySet()) {
            for (Attribute a : entry.getValue()) {
                if (a.name().equalsIgnoreCase(attribute.strip())) {
                    known = true;
                    if (interviews.containsKey(entry.getKey())) {
                        result.put(entry.getKey(), a.value());
                    }
                }
            }
        }
        if (!known) {
            throw new DomainException(
                    AttributeError.UNKNOWN_ATTRIBUTE,
                    "no interview of this project has the attribute '" + attribute.strip() + "'",
                    Map.of("attribute", attribute.strip()));
        }
        return result;
    }

    /** The empty value (no attribute) last; numbers by value; text ignoring case. */
    static int compareValues(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 0 : a.isEmpty() ? 1 : -1;
        }
        try {
            int byNumber = new BigDecimal(a).compareTo(new BigDecimal(b));
            return byNumber != 0 ? byNumber : a.compareTo(b);
        } catch (NumberFormatException notNumbers) {
            int byText = a.compareToIgnoreCase(b);
            return byText != 0 ? byText : a.compareTo(b);
        }
    }

    private static int intersection(Set<UUID> a, Set<UUID> b) {
        Set<UUID> small = a.size() <= b.size() ? a : b;
        Set<UUID> large = small == a ? b : a;
        int n = 0;
        for (UUID id : small) {
            if (large.contains(id)) {
                n++;
            }
        }
        return n;
    }

    private static double normalise(Kind kind, int[][] counts, int r, int c) {
        int cell = counts[r][c];
        if (cell == 0) {
            return 0;
        }
        double value;
        if (kind == Kind.COOCCURRENCE) {
            value = (double) cell / (counts[r][r] + counts[c][c] - cell);
        } else {
            int total = 0;
            for (int v : counts[r]) {
                total += v;
            }
            value = (double) cell / total;
        }
        return Math.round(value * 10_000) / 10_000.0;
    }
}
