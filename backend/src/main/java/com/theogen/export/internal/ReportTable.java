package com.theogen.export.internal;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.TheoryReport;
import java.util.List;

/**
 * A table of the theory report as the PDF and the Word report both set it: its columns, each with a header, a share
 * of the table's width and whether it holds numbers, and its rows of cells formatted in the report's language.
 */
public record ReportTable(List<Column> columns, List<List<String>> rows) {

    /** A column: its header, its share of the table's width, and whether its cells are numbers (right-aligned). */
    public record Column(String header, double share, boolean number) {

        static Column text(String header, double share) {
            return new Column(header, share, false);
        }

        static Column number(String header, double share) {
            return new Column(header, share, true);
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public double[] shares() {
        return columns.stream().mapToDouble(Column::share).toArray();
    }

    /** Each consequence with its type, horizon and number of quotes. */
    public static ReportTable consequences(TheoryReport report, Labels labels) {
        return new ReportTable(
                List.of(
                        Column.text(labels.get(STATEMENT), 6),
                        Column.text(labels.get(TYPE), 1.6),
                        Column.text(labels.get(HORIZON), 1.6),
                        Column.number(labels.get(QUOTES), 1)),
                report.paradigm().consequences().stream()
                        .map(c -> List.of(
                                c.statement(),
                                labels.type(c.type()),
                                labels.horizon(c.horizon()),
                                Integer.toString(c.evidence().size())))
                        .toList());
    }

    /** Each gap with its category and severity. */
    public static ReportTable gaps(TheoryReport report, Labels labels) {
        return new ReportTable(
                List.of(
                        Column.text(labels.get(CATEGORY), 2.2),
                        Column.text(labels.get(DESCRIPTION), 5),
                        Column.text(labels.get(SEVERITY), 1.1)),
                report.gaps().stream()
                        .map(gap -> List.of(gap.category(), gap.description(), labels.severity(gap.severity())))
                        .toList());
    }

    /** Each category's place in the network: codes, fragments, interviews, degree, weighted degree, PageRank. */
    public static ReportTable centrality(TheoryReport report, Labels labels) {
        return new ReportTable(
                List.of(
                        Column.text(labels.get(CATEGORY), 3.4),
                        Column.number(labels.get(CODES), 1),
                        Column.number(labels.get(FRAGMENTS), 1.2),
                        Column.number(labels.get(INTERVIEWS), 1.2),
                        Column.number(labels.get(DEGREE), 0.9),
                        Column.number(labels.get(WEIGHTED_DEGREE), 1.2),
                        Column.number(labels.get(PAGERANK), 1.1)),
                report.network().centrality().stream()
                        .map(labels::centralityCells)
                        .toList());
    }

    /** Each pair of categories coded together, with the number of fragments they share. */
    public static ReportTable coOccurrence(TheoryReport report, Labels labels) {
        return new ReportTable(
                List.of(
                        Column.text(labels.get(CATEGORY_A), 3.5),
                        Column.text(labels.get(CATEGORY_B), 3.5),
                        Column.number(labels.get(SHARED_FRAGMENTS), 1.4)),
                report.network().coOccurrence().stream()
                        .map(c -> List.of(c.categoryA(), c.categoryB(), labels.integer(c.sharedFragments())))
                        .toList());
    }

    /** Each interview in order with the codes it added and the codes so far. */
    public static ReportTable saturation(TheoryReport report, Labels labels) {
        return new ReportTable(
                List.of(
                        Column.number(labels.get(INTERVIEW_INDEX), 0.6),
                        Column.text(labels.get(INTERVIEW), 3),
                        Column.number(labels.get(NEW_CODES), 1.3),
                        Column.number(labels.get(CUMULATIVE_CODES), 1.5)),
                report.saturation().stream()
                        .map(p -> List.of(
                                Integer.toString(p.interviewIndex()),
                                p.interviewLabel(),
                                labels.integer(p.newCodes()),
                                labels.integer(p.cumulativeCodes())))
                        .toList());
    }
}
