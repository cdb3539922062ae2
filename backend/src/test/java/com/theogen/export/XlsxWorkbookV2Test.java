package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.xlsx.XlsxExportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: sized rows, print setup, links, the co-occurrence matrix, a native chart. */
class XlsxWorkbookV2Test {

    private final XlsxExportRenderer renderer = new XlsxExportRenderer();

    @Test
    void rowsWithWrappedTextAreTallEnoughForEveryLine() throws IOException {
        TheoryReport report = StressReport.build();
        try (XSSFWorkbook book = read(report, "workbook-v2-stress")) {
            XSSFSheet evidence = book.getSheet("Evidencia");
            int checked = 0;
            for (int r = 1; r <= evidence.getLastRowNum(); r++) {
                Row row = evidence.getRow(r);
                String quote = row.getCell(6).getStringCellValue();
                // the quote column is 80 characters wide: at least one line per 80 characters
                int lines = (int) Math.ceil(quote.length() / 80.0);
                if (lines > 1) {
                    checked++;
                    assertThat(row.getHeightInPoints())
                            .as("row %d holds %d characters", r, quote.length())
                            .isGreaterThanOrEqualTo(lines * 14.5f);
                }
            }
            assertThat(checked).isPositive();
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook book = read(SpanishCaregiversReport.build(), "workbook-v2-es")) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getLandscape())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
                assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
            }
        }
    }

    @Test
    void fragmentIdsOpenTheQuoteInTheTranscriptAndTimedQuotesCarryTheirTime() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XSSFWorkbook book = read(report, "workbook-v2-es")) {
            XSSFSheet evidence = book.getSheet("Evidencia");
            List<EvidenceQuote> quotes = report.allQuotes();
            assertThat(evidence.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Tiempo");
            for (int i = 0; i < quotes.size(); i++) {
                Row row = evidence.getRow(i + 1);
                assertThat(row.getCell(3).getHyperlink()).as("row %d", i + 1).isNotNull();
                assertThat(row.getCell(3).getHyperlink().getAddress())
                        .isEqualTo(report.links().quote(quotes.get(i)));
                assertThat(row.getCell(9).getStringCellValue())
                        .isEqualTo(quotes.get(i).time());
            }
            assertThat(quotes).anyMatch(q -> !q.time().isEmpty());
        }
    }

    @Test
    void coOccurrenceIsAlsoASymmetricMatrixWithEachCategorysFragmentsOnTheDiagonal() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XSSFWorkbook book = read(report, "workbook-v2-es")) {
            XSSFSheet matrix = book.getSheet("Matriz de coocurrencia");
            List<CentralityRow> categories = report.network().centrality();
            Map<String, Integer> column = new HashMap<>();
            for (int j = 0; j < categories.size(); j++) {
                assertThat(matrix.getRow(0).getCell(j + 1).getStringCellValue())
                        .isEqualTo(categories.get(j).category());
                column.put(categories.get(j).category(), j + 1);
            }
            for (int i = 0; i < categories.size(); i++) {
                assertThat(matrix.getRow(i + 1).getCell(i + 1).getNumericCellValue())
                        .isEqualTo(categories.get(i).fragmentCount());
            }
            for (CoOccurrence c : report.network().coOccurrence()) {
                int a = column.get(c.categoryA());
                int b = column.get(c.categoryB());
                assertThat(matrix.getRow(a).getCell(b).getNumericCellValue()).isEqualTo(c.sharedFragments());
                assertThat(matrix.getRow(b).getCell(a).getNumericCellValue()).isEqualTo(c.sharedFragments());
            }
            assertThat(matrix.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isEqualTo(1);
        }
    }

    @Test
    void saturationSheetHasANativeChartOverItsColumns() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XSSFWorkbook book = read(report, "workbook-v2-es")) {
            XSSFSheet sheet = book.getSheet("Saturación");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(2);
            assertThat(data.get(0)).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.get(1)).isInstanceOf(XDDFLineChartData.class);
            XDDFChartData.Series added = data.get(0).getSeries(0);
            assertThat(added.getValuesData().getDataRangeReference())
                    .endsWith("!$C$2:$C$" + (report.saturation().size() + 1));
            assertThat(added.getValuesData().getPointCount())
                    .isEqualTo(report.saturation().size());
            assertThat(data.get(1).getSeries(0).getValuesData().getDataRangeReference())
                    .endsWith("$D$2:$D$" + (report.saturation().size() + 1));
        }
    }

    private XSSFWorkbook read(TheoryReport report, String name) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ExportTestFiles.render(renderer, report, name)));
    }
}
