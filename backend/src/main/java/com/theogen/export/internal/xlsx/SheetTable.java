package com.theogen.export.internal.xlsx;

import com.theogen.export.internal.Labels;
import com.theogen.export.internal.LineWrapper;
import com.theogen.export.internal.ReportLabel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet written as a table: a bold header row that stays frozen, typed cells, an autofilter over the
 * filled range, column widths from the longest value seen (capped; long text wraps instead), each row as tall as
 * its wrapped text needs (Excel does not grow rows written by a program), and a print setup that fits the columns
 * to a landscape page with the header repeated on every page.
 */
final class SheetTable {

    static final int MAX_CHARS = 60;
    static final int WRAP_CHARS = 80;
    /** Points per line of 10–11 pt text, with the line gap Excel and LibreOffice use. */
    static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int[] widest;
    private final boolean[] wraps;
    private Row row;
    private int nextRow;
    private int column;
    private int rowLines;

    /** A new sheet of {@code workbook}, its name and headers in the report's language. */
    static SheetTable labelled(
            Workbook workbook, WorkbookStyles styles, Labels labels, ReportLabel sheet, ReportLabel... headers) {
        return new SheetTable(
                workbook.createSheet(labels.get(sheet)),
                styles,
                Stream.of(headers).map(labels::get).toArray(String[]::new));
    }

    SheetTable(Sheet sheet, WorkbookStyles styles, String... headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.widest = new int[headers.length];
        this.wraps = new boolean[headers.length];
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(styles.header());
            widest[i] = headers[i].length() + 3;
        }
        sheet.createFreezePane(0, 1);
    }

    SheetTable row() {
        row = sheet.createRow(nextRow++);
        column = 0;
        rowLines = 1;
        return this;
    }

    SheetTable text(String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        boolean longText = value.length() > MAX_CHARS || value.indexOf('\n') >= 0;
        wraps[column] |= longText;
        cell.setCellStyle(longText ? styles.wrapped() : styles.text());
        if (longText) {
            grow(lines(value));
        }
        track(Math.min(value.length(), WRAP_CHARS));
        return this;
    }

    /** A text cell that opens {@code url} (blank: plain text). */
    SheetTable link(String value, String url) {
        if (url == null || url.isBlank()) {
            return text(value);
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link());
        track(Math.min(value.length(), MAX_CHARS));
        return this;
    }

    /** Lines a wrapped cell takes at the wrapped column width (a little narrower: proportional text varies). */
    static int lines(String value) {
        return LineWrapper.wrap(value, WRAP_CHARS - 6, String::length).size();
    }

    private void grow(int lines) {
        if (lines > rowLines) {
            rowLines = lines;
            row.setHeightInPoints(lines * LINE_POINTS + 3);
        }
    }

    SheetTable integer(long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.integer());
        track(Long.toString(value).length() + 2);
        return this;
    }

    SheetTable decimal(double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.decimal());
        track(8);
        return this;
    }

    SheetTable date(Instant value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(styles.dateTime());
        track(18);
        return this;
    }

    SheetTable bool(boolean value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        track(6);
        return this;
    }

    SheetTable blank() {
        track(0);
        return this;
    }

    private void track(int chars) {
        widest[column] = Math.max(widest[column], chars + 2);
        column++;
    }

    /** Applies the autofilter, column widths and print setup; call once after the last row. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widest.length - 1));
        for (int i = 0; i < widest.length; i++) {
            int chars = wraps[i] ? WRAP_CHARS : Math.min(widest[i], MAX_CHARS);
            sheet.setColumnWidth(i, Math.max(8, chars) * 256);
        }
        printSetup(sheet);
    }

    /** Landscape A4, every column on one page width (as many pages down as needed), the header row repeated. */
    static void printSetup(Sheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setHorizontallyCenter(true);
    }
}
