package com.theogen.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.theogen.export.internal.pdf.PdfExportRenderer;
import com.theogen.export.internal.png.PngExportRenderer;
import com.theogen.export.internal.pptx.PptxExportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reports of the real demo theories, kept as JSON by {@link DemoTheoryExportTest} under
 * {@code target/export-previews/}, and a way to render their previews again without generating the theories:
 * {@code java ... com.theogen.export.DemoPreviews demo-es demo-en} (a development aid, not a test).
 */
public final class DemoPreviews {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DemoPreviews() {}

    static void save(TheoryReport report, String name) {
        try {
            Files.createDirectories(Previews.DIR);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file(name).toFile(), report);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TheoryReport load(String name) throws IOException {
        return JSON.readValue(file(name).toFile(), TheoryReport.class);
    }

    public static void main(String[] args) throws IOException {
        for (String name : args) {
            TheoryReport report = load(name);
            System.out.println(name + ": " + Previews.pdfPages(render(new PdfExportRenderer(), report), name)
                    + " pages, " + Previews.slides(render(new PptxExportRenderer(), report), name) + " slides");
            Previews.infographic(render(new PngExportRenderer(), report), name);
        }
    }

    private static byte[] render(ExportRenderer renderer, TheoryReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.toByteArray();
    }

    private static Path file(String name) {
        return Previews.DIR.resolve(name + "-report.json");
    }
}
