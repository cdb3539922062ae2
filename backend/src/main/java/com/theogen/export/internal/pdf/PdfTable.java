package com.theogen.export.internal.pdf;

import com.theogen.export.internal.ReportFonts.Style;
import com.theogen.export.internal.ReportPalette;
import com.theogen.export.internal.ReportTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows across pages: cells wrap, a row never splits, the header row repeats on every page
 * the table continues on, and rows alternate a light background so long tables stay readable.
 */
final class PdfTable {

    private static final float SIZE = 9f;
    private static final float PAD = 4f;

    /** A column: header text, share of the table width, and whether its values are numbers (right-aligned). */
    record Column(String header, float share, boolean numeric) {
        static Column text(String header, float share) {
            return new Column(header, share, false);
        }

        static Column number(String header, float share) {
            return new Column(header, share, true);
        }
    }

    private final PdfFlow flow;
    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    PdfTable(PdfFlow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = columns;
    }

    PdfTable(PdfFlow flow, Column... columns) {
        this(flow, List.of(columns));
    }

    /** A table of the report with its rows. */
    PdfTable(PdfFlow flow, ReportTable table) {
        this(
                flow,
                table.columns().stream()
                        .map(c -> new Column(c.header(), (float) c.share(), c.number()))
                        .toList());
        rows.addAll(table.rows());
    }

    PdfTable row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** Height of the header and the first two rows: what a heading above the table must stay with. */
    float leadHeight() {
        float[] widths = widths();
        float lead = height(wrapRow(columns.stream().map(Column::header).toList(), widths, Style.BOLD));
        for (int i = 0; i < Math.min(2, rows.size()); i++) {
            lead += height(wrapRow(rows.get(i), widths, Style.REGULAR));
        }
        return lead;
    }

    /** Draws the table under a level-2 heading that stays on the page of the table's first rows. */
    void draw(String heading, java.awt.Color color) {
        flow.heading2(heading, color, leadHeight());
        draw();
    }

    void draw() {
        float[] widths = widths();
        List<List<String>> header = wrapRow(columns.stream().map(Column::header).toList(), widths, Style.BOLD);
        float headerHeight = height(header);
        List<List<List<String>>> wrapped =
                rows.stream().map(r -> wrapRow(r, widths, Style.REGULAR)).toList();
        float first = wrapped.isEmpty() ? 0 : height(wrapped.get(0));
        flow.ensure(headerHeight + first);
        drawRow(header, widths, headerHeight, Style.BOLD, true, -1);
        for (int i = 0; i < wrapped.size(); i++) {
            float h = height(wrapped.get(i));
            if (flow.y() + h > flow.bottom()) {
                flow.newPage();
                drawRow(header, widths, headerHeight, Style.BOLD, true, -1);
            }
            drawRow(wrapped.get(i), widths, h, Style.REGULAR, false, i);
        }
        flow.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), ReportPalette.RULE, 0.6f);
        flow.space(12);
    }

    /**
     * Column widths from their shares, widened where needed so no word (header or cell) has to be split;
     * the extra width comes from the columns that have room to spare.
     */
    private float[] widths() {
        float total = (float) columns.stream().mapToDouble(Column::share).sum();
        float[] widths = new float[columns.size()];
        float[] minimum = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = flow.width() * columns.get(i).share() / total;
            minimum[i] = Math.min(longestWord(i) + 2 * PAD + 1, flow.width() * 0.4f);
        }
        float deficit = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            deficit += Math.max(0, minimum[i] - widths[i]);
            spare += Math.max(0, widths[i] - minimum[i]);
        }
        float moved = Math.min(deficit, spare);
        if (moved > 0.01f) {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] < minimum[i]) {
                    widths[i] += (minimum[i] - widths[i]) * moved / deficit;
                } else {
                    widths[i] -= (widths[i] - minimum[i]) * moved / spare;
                }
            }
        }
        return widths;
    }

    private float longestWord(int column) {
        float longest = widestWord(columns.get(column).header(), Style.BOLD);
        for (List<String> row : rows) {
            if (column < row.size()) {
                longest = Math.max(longest, widestWord(row.get(column), Style.REGULAR));
            }
        }
        return longest;
    }

    private float widestWord(String text, Style style) {
        float widest = 0;
        for (String word : flow.fonts().safe(text).split("\\s+")) {
            widest = Math.max(widest, (float) flow.fonts().width(style, SIZE, word));
        }
        return widest;
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, Style style) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            wrapped.add(flow.wrap(cell, style, SIZE, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private static float height(List<List<String>> row) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return lines * SIZE * PdfFlow.LEADING + 2 * PAD;
    }

    private void drawRow(List<List<String>> row, float[] widths, float height, Style style, boolean header, int index) {
        float top = flow.y();
        if (header) {
            flow.rect(flow.left(), top, flow.width(), height, ReportPalette.PRIMARY);
        } else if (index % 2 == 1) {
            flow.rect(flow.left(), top, flow.width(), height, ReportPalette.ZEBRA);
        }
        float x = flow.left();
        for (int c = 0; c < row.size(); c++) {
            List<String> lines = row.get(c);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                float textX = x + PAD;
                if (columns.get(c).numeric() && !header) {
                    textX = x
                            + widths[c]
                            - PAD
                            - (float)
                                    flow.fonts().width(style, SIZE, flow.fonts().safe(line));
                }
                float baseline = top + PAD + SIZE + l * SIZE * PdfFlow.LEADING - 1;
                flow.text(line, style, SIZE, header ? ReportPalette.PAPER : ReportPalette.INK, textX, baseline);
            }
            x += widths[c];
        }
        flow.moveTo(top + height);
    }
}
