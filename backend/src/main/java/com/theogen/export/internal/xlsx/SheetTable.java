package com.theogen.export.internal.xlsx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet written as a table: a bold header row that stays frozen, typed cells, an autofilter over the
 * filled range, and column widths from the longest value seen (capped; long text wraps instead).
 */
final class SheetTable {

    private static final int MAX_CHARS = 60;
    private static final int WRAP_CHARS = 80;

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int[] widest;
    private final boolean[] wraps;
    private Row row;
    private int nextRow;
    private int column;

    SheetTable(SXSSFSheet sheet, WorkbookStyles styles, String... headers) {
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
        return this;
    }

    SheetTable text(String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        boolean longText = value.length() > MAX_CHARS;
        wraps[column] |= longText;
        cell.setCellStyle(longText ? styles.wrapped() : styles.text());
        track(Math.min(value.length(), WRAP_CHARS));
        return this;
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

    /** Applies the autofilter and column widths; call once after the last row. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, widest.length - 1));
        for (int i = 0; i < widest.length; i++) {
            int chars = wraps[i] ? WRAP_CHARS : Math.min(widest[i], MAX_CHARS);
            sheet.setColumnWidth(i, Math.max(8, chars) * 256);
        }
    }
}
