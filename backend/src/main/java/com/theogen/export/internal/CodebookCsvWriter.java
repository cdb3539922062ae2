package com.theogen.export.internal;

import com.theogen.coding.CodebookImport;
import com.theogen.export.CodebookEntry;
import com.theogen.export.CodebookReport;
import com.theogen.export.EvidenceQuote;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The codebook as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read accents): one row per
 * code, stable English column names for scripts, the anchor quote verbatim.
 */
public final class CodebookCsvWriter {

    static final List<String> COLUMNS = CodebookImport.EXPORT_COLUMNS;

    private CodebookCsvWriter() {}

    public static byte[] write(CodebookReport report) {
        Labels labels = Labels.of(report.language());
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, COLUMNS);
        for (CodebookReport.Group group : report.groups()) {
            for (CodebookEntry code : group.codes()) {
                EvidenceQuote anchor = code.anchor();
                row(
                        out,
                        List.of(
                                group.category(),
                                group.definition(),
                                code.code(),
                                code.definition(),
                                code.origin().name().toLowerCase(java.util.Locale.ROOT),
                                Integer.toString(code.fragmentCount()),
                                Integer.toString(code.interviewCount()),
                                Integer.toString(code.applications()),
                                CoderCounts.describe(code, labels),
                                anchor == null ? "" : anchor.text(),
                                anchor == null ? "" : anchor.source(),
                                anchor == null ? "" : anchor.time(),
                                anchor == null ? "" : report.links().quote(anchor)));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell when it holds a comma, quote or line break; a leading = + - @ is defused against formulas. */
    static String escape(String value) {
        String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
