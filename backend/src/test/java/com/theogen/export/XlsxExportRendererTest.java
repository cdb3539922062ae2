package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.xlsx.XlsxExportRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportRendererTest {

    private final XlsxExportRenderer renderer = new XlsxExportRenderer();

    @Test
    void spanishWorkbookHasLocalisedSheetsWithFrozenFilteredHeaders() throws IOException {
        try (XSSFWorkbook book = read(SpanishCaregiversReport.build(), "workbook-es")) {
            assertThat(sheetNames(book))
                    .containsExactly(
                            "Resumen",
                            "Paradigma",
                            "Proposiciones",
                            "Evidencia",
                            "Centralidad",
                            "Coocurrencia",
                            "Matriz de coocurrencia",
                            "Vacíos",
                            "Plan de muestreo teórico",
                            "Libro de códigos",
                            "Saturación",
                            "Manifiesto");
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                        .isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName())
                        .isTrue();
                assertThat(CellRangeAddress.valueOf(
                                        sheet.getCTWorksheet().getAutoFilter().getRef())
                                .getLastRow())
                        .isEqualTo(sheet.getLastRowNum());
                assertThat(book.getFontAt(sheet.getRow(0)
                                        .getCell(0)
                                        .getCellStyle()
                                        .getFontIndex())
                                .getBold())
                        .isTrue();
            }
            assertThat(headers(book.getSheet("Centralidad")))
                    .containsExactly(
                            "Categoría",
                            "Códigos",
                            "Fragmentos",
                            "Entrevistas",
                            "Grado",
                            "Grado ponderado",
                            "PageRank");
        }
    }

    @Test
    void evidenceSheetHasOneRowPerQuoteWithFragmentInterviewSpeakerAndOffsets() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XSSFWorkbook book = read(report, "workbook-es")) {
            XSSFSheet evidence = book.getSheet("Evidencia");
            List<EvidenceQuote> quotes = report.allQuotes();
            assertThat(evidence.getLastRowNum()).isEqualTo(quotes.size());
            assertThat(headers(evidence)).containsSubsequence("Fragmento", "Entrevista", "Hablante", "Cita");
            for (int i = 0; i < quotes.size(); i++) {
                Row row = evidence.getRow(i + 1);
                EvidenceQuote q = quotes.get(i);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(q.fragmentId());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(q.interviewLabel());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(q.speaker());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(q.text());
                assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(q.charStart());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(q.charEnd());
            }
            assertThat(column(evidence, 6))
                    .contains("¿Quién más lo iba a hacer? Mis hermanos viven en Madrid y yo soy"
                            + " la hija soltera, así que me tocó.");
            assertThat(evidence.getColumnWidth(6))
                    .as("quote column wide, wrapped")
                    .isGreaterThan(60 * 256);
            assertThat(evidence.getRow(1).getCell(6).getCellStyle().getWrapText())
                    .isTrue();
        }
    }

    @Test
    void numbersAndDatesAreTypedCells() throws IOException {
        TheoryReport report = SpanishCaregiversReport.build();
        try (XSSFWorkbook book = read(report, "workbook-es")) {
            Row core = book.getSheet("Centralidad").getRow(1);
            assertThat(core.getCell(0).getStringCellValue()).isEqualTo("Malabarismo entre cuidado y empleo");
            IntStream.rangeClosed(1, 6).forEach(c -> assertThat(core.getCell(c).getCellType())
                    .as("column %d", c)
                    .isEqualTo(CellType.NUMERIC));
            assertThat(core.getCell(6).getNumericCellValue()).isEqualTo(0.231);
            assertThat(book.getSheet("Coocurrencia").getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(14);
            assertThat(book.getSheet("Saturación").getRow(8).getCell(3).getNumericCellValue())
                    .isEqualTo(42);

            Cell generated = findValueCell(book.getSheet("Resumen"), "Generado el");
            assertThat(generated.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo("2026-11-20T16:42:00");

            XSSFSheet manifest = book.getSheet("Manifiesto");
            assertThat(column(manifest, 1)).contains("build_paradigm");
            assertThat(column(manifest, 2)).contains("fragments_per_category");
        }
    }

    @Test
    void englishWorkbookUsesEnglishLabelsAndKeepsAccentedNames() throws IOException {
        try (XSSFWorkbook book = read(EnglishCaregiversReport.build(), "workbook-en")) {
            assertThat(sheetNames(book))
                    .containsExactly(
                            "Summary",
                            "Paradigm",
                            "Propositions",
                            "Evidence",
                            "Centrality",
                            "Co-occurrence",
                            "Co-occurrence matrix",
                            "Gaps",
                            "Theoretical sampling plan",
                            "Codebook",
                            "Saturation",
                            "Manifest");
            assertThat(headers(book.getSheet("Gaps"))).containsExactly("Category", "Description", "Severity");
            assertThat(column(book.getSheet("Gaps"), 2)).containsOnly("High", "Medium", "Low");
            assertThat(column(book.getSheet("Evidence"), 4)).contains("I06 · Zoë", "I07 · Renée");
            assertThat(column(book.getSheet("Paradigm"), 3)).contains("Material", "Social", "Institutional");
        }
    }

    @Test
    void stressWorkbookKeepsEveryCodebookRowAndQuote() throws IOException {
        TheoryReport report = StressReport.build();
        try (XSSFWorkbook book = read(report, "workbook-stress")) {
            assertThat(book.getSheet("Libro de códigos").getLastRowNum()).isEqualTo(60);
            assertThat(book.getSheet("Evidencia").getLastRowNum())
                    .isEqualTo(report.allQuotes().size());
            assertThat(book.getSheet("Centralidad").getLastRowNum()).isEqualTo(25);
        }
    }

    private XSSFWorkbook read(TheoryReport report, String name) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ExportTestFiles.render(renderer, report, name)));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cell cell = sheet.getRow(r).getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    private static Cell findValueCell(XSSFSheet sheet, String field) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(field)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + field);
    }
}
