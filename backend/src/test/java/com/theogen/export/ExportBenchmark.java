package com.theogen.export;

import com.theogen.export.internal.CodebookCsvWriter;
import com.theogen.export.internal.docx.CodebookDocxWriter;
import com.theogen.export.internal.docx.DocxExportRenderer;
import com.theogen.export.internal.pdf.PdfExportRenderer;
import com.theogen.export.internal.png.PngExportRenderer;
import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.export.internal.xlsx.CodebookXlsxWriter;
import com.theogen.export.internal.xlsx.XlsxExportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: render time and file size per format for the fixtures and for a large theory
 * (50 categories, 500 quotes). Run with {@code bench/export/run.sh}; writes {@code bench/results/export.json}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path output = Path.of(args.length > 1 ? args[1] : "bench/results/export.json");
        Path endpoint = args.length > 2 ? Path.of(args[2]) : null;
        Map<String, TheoryReport> reports = new LinkedHashMap<>();
        for (String demo : List.of("demo-es", "demo-en")) {
            // the real demo theories, as DemoTheoryExportTest saved their reports (when it has run)
            if (Files.exists(Previews.DIR.resolve(demo + "-report.json"))) {
                reports.put(demo.replace('-', '_') + "_theory", DemoPreviews.load(demo));
            }
        }
        reports.put("spanish_demo", SpanishCaregiversReport.build());
        reports.put("english_demo", EnglishCaregiversReport.build());
        reports.put("stress_25_categories", StressReport.build());
        reports.put("large_50_categories_500_quotes", StressReport.build(50, 10, 200, 5, 15));
        List<ExportRenderer> renderers = List.of(
                new PdfExportRenderer(),
                new PptxExportRenderer(),
                new XlsxExportRenderer(),
                new PngExportRenderer(),
                new DocxExportRenderer(),
                codebook("codebook.docx", CodebookDocxWriter::write),
                codebook("codebook.xlsx", CodebookXlsxWriter::write),
                codebook("codebook.csv", CodebookCsvWriter::write));
        List<String> rows = new ArrayList<>();
        System.out.printf("%-32s %-13s %10s %12s%n", "report", "fmt", "median ms", "bytes");
        for (var entry : reports.entrySet()) {
            for (ExportRenderer renderer : renderers) {
                render(renderer, entry.getValue());
                long[] times = new long[runs];
                int size = 0;
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    size = render(renderer, entry.getValue());
                    times[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(times);
                long median = times[runs / 2];
                System.out.printf("%-32s %-13s %10d %12d%n", entry.getKey(), renderer.fileExtension(), median, size);
                rows.add(String.format(
                        "{\"report\":\"%s\",\"quotes\":%d,\"format\":\"%s\",\"median_ms\":%d,\"bytes\":%d,"
                                + "\"runs_ms\":%s}",
                        entry.getKey(),
                        entry.getValue().allQuotes().size(),
                        renderer.fileExtension(),
                        median,
                        size,
                        Arrays.toString(times)));
            }
        }
        String json = "{\"benchmark\":\"export\",\"date\":\"" + Instant.now() + "\",\"cpus\":"
                + Runtime.getRuntime().availableProcessors() + ",\"java\":\"" + System.getProperty("java.version")
                + "\",\"runs\":" + runs + ",\n \"results\":[\n  " + String.join(",\n  ", rows) + "]"
                + endpointFigures(endpoint) + "}\n";
        Files.createDirectories(output.getParent());
        Files.writeString(output, json);
        System.out.println("wrote " + output);
    }

    /** The HTTP round-trip figures of {@code ExportEndpointBenchmark}, when it ran, as one more field. */
    private static String endpointFigures(Path endpoint) throws IOException {
        if (endpoint == null || !Files.exists(endpoint)) {
            return "";
        }
        return ",\n \"endpoint\":" + Files.readString(endpoint).strip();
    }

    /** A codebook writer as a "renderer" of a report's codebook (grouped by category), for timing only. */
    private static ExportRenderer codebook(String name, CodebookWriter writer) {
        return new ExportRenderer() {
            @Override
            public ExportFormat format() {
                return ExportFormat.DOCX;
            }

            @Override
            public String fileExtension() {
                return name;
            }

            @Override
            public void render(TheoryReport report, java.io.OutputStream out) throws IOException {
                Map<String, List<CodebookEntry>> groups = new LinkedHashMap<>();
                report.codebook().forEach(e -> groups.computeIfAbsent(e.category(), k -> new ArrayList<>())
                        .add(e));
                List<CodebookReport.Group> list = new ArrayList<>();
                groups.forEach((category, codes) -> list.add(new CodebookReport.Group(category, "", codes)));
                out.write(writer.write(new CodebookReport(
                        report.projectTitle(), report.language(), report.generatedAt(), list, report.links())));
            }
        };
    }

    @FunctionalInterface
    private interface CodebookWriter {
        byte[] write(CodebookReport report) throws IOException;
    }

    private static int render(ExportRenderer renderer, TheoryReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.size();
    }
}
