package com.theogen.export.internal.xlsx;

import static com.theogen.export.internal.ReportLabel.*;

import com.theogen.export.CentralityRow;
import com.theogen.export.CoOccurrence;
import com.theogen.export.SaturationPoint;
import com.theogen.export.TheoryReport;
import com.theogen.export.internal.Labels;
import com.theogen.export.internal.SaturationPlot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two sheets written with the full (non-streaming) API before streaming starts, because they hold what
 * streaming sheets cannot: the saturation table with a native chart over its columns, and the category
 * co-occurrence matrix with a colour scale. Both are small (one row per interview, one per category).
 */
final class ChartSheets {

    private ChartSheets() {}

    static XSSFSheet saturation(XSSFWorkbook workbook, WorkbookStyles styles, TheoryReport report, Labels labels) {
        XSSFSheet sheet = workbook.createSheet(labels.get(SATURATION));
        SheetTable t = new SheetTable(
                sheet,
                styles,
                labels.get(INTERVIEW_INDEX),
                labels.get(INTERVIEW),
                labels.get(NEW_CODES),
                labels.get(CUMULATIVE_CODES));
        List<SaturationPoint> points = report.saturation();
        for (SaturationPoint p : points) {
            t.row()
                    .integer(p.interviewIndex())
                    .text(p.interviewLabel())
                    .integer(p.newCodes())
                    .integer(p.cumulativeCodes());
        }
        t.finish();
        if (points.isEmpty()) {
            return sheet;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 1, 15, 23);
        XSSFChart chart = drawing.createChart(anchor);
        int last = points.size();
        SaturationPlot.plot(
                chart,
                labels,
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, 1, 1)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, 2, 2)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, 3, 3)));
        return sheet;
    }

    /**
     * Categories × categories: shared fragments of each pair, the diagonal holding each category's own fragments,
     * shaded from white to the report's blue so strong pairs stand out.
     */
    static XSSFSheet matrix(XSSFWorkbook workbook, WorkbookStyles styles, TheoryReport report, Labels labels) {
        XSSFSheet sheet = workbook.createSheet(labels.get(CO_OCCURRENCE_MATRIX));
        List<CentralityRow> categories = report.network().centrality();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i).category(), i);
        }
        int n = categories.size();
        int[][] shared = new int[n][n];
        for (int i = 0; i < n; i++) {
            shared[i][i] = categories.get(i).fragmentCount();
        }
        for (CoOccurrence c : report.network().coOccurrence()) {
            Integer a = index.get(c.categoryA());
            Integer b = index.get(c.categoryB());
            if (a != null && b != null) {
                shared[a][b] = c.sharedFragments();
                shared[b][a] = c.sharedFragments();
            }
        }
        Row header = sheet.createRow(0);
        header.setHeightInPoints(4 * SheetTable.LINE_POINTS);
        cell(header, 0, labels.get(CATEGORY), styles.header());
        for (int j = 0; j < n; j++) {
            cell(header, j + 1, categories.get(j).category(), styles.header());
        }
        for (int i = 0; i < n; i++) {
            Row row = sheet.createRow(i + 1);
            cell(row, 0, categories.get(i).category(), styles.text());
            for (int j = 0; j < n; j++) {
                Cell cell = row.createCell(j + 1);
                cell.setCellValue(shared[i][j]);
                cell.setCellStyle(styles.integer());
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int j = 1; j <= n; j++) {
            sheet.setColumnWidth(j, 14 * 256);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, n, 0, n));
        if (n > 0) {
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
            var scale = rule.getColorScaleFormatting();
            scale.setNumControlPoints(2);
            scale.getThresholds()[0].setRangeType(
                    org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MIN);
            scale.getThresholds()[1].setRangeType(
                    org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MAX);
            scale.setColors(new org.apache.poi.ss.usermodel.Color[] {
                new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}),
                new XSSFColor(new byte[] {(byte) 0x8F, (byte) 0xB3, (byte) 0xDE})
            });
            formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, n, 1, n)}, rule);
        }
        SheetTable.printSetup(sheet);
        return sheet;
    }

    private static void cell(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
