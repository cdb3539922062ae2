package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.export.internal.TranscriptSet;
import com.theogen.export.internal.pdf.PdfExportRenderer;
import com.theogen.export.internal.pdf.TranscriptPdfWriter;
import com.theogen.export.internal.png.PngExportRenderer;
import com.theogen.export.internal.pptx.PptxExportRenderer;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFormat;
import com.theogen.interview.InterviewSummary;
import com.theogen.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Renders exports to images under {@code target/export-previews/} so a person can look at them (pages, slides,
 * the infographic, a transcript), and checks every image actually has ink on it.
 */
class ExportPreviewTest {

    static final Path DIR = Previews.DIR;

    @Test
    void everyPdfPageSlideAndTheInfographicRenderToNonBlankImages() throws IOException {
        Files.createDirectories(DIR);
        for (var entry : List.of(
                java.util.Map.entry("es", SpanishCaregiversReport.build()),
                java.util.Map.entry("en", EnglishCaregiversReport.build()),
                java.util.Map.entry("stress", StressReport.build()))) {
            String name = entry.getKey();
            TheoryReport report = entry.getValue();
            int pages = pdfPages(ExportTestFiles.render(new PdfExportRenderer(), report, "preview-" + name), name);
            int slides = slides(ExportTestFiles.render(new PptxExportRenderer(), report, "preview-" + name), name);
            Previews.infographic(ExportTestFiles.render(new PngExportRenderer(), report, "preview-" + name), name);
            assertThat(pages).as(name + " pages").isGreaterThan(5);
            assertThat(slides).as(name + " slides").isGreaterThanOrEqualTo(11);
        }
    }

    @Test
    void transcriptPdfRendersReadablePages() throws IOException {
        Files.createDirectories(DIR);
        UUID interview = UUID.randomUUID();
        InterviewSummary summary = new InterviewSummary(
                interview,
                UUID.randomUUID(),
                "Ana Pérez",
                "ana.vtt",
                InterviewFormat.VTT,
                Language.ES,
                "ready",
                40,
                200,
                3,
                List.of("Entrevistadora", "Ana"),
                true,
                Instant.parse("2026-03-01T10:00:00Z"),
                null,
                null,
                null,
                false);
        List<TranscriptSet.Line> lines = List.of(
                line(interview, 0, "Entrevistadora", "¿Cómo empezó a cuidar a su madre?", 1000L, 5000L, List.of()),
                line(
                        interview,
                        1,
                        "Ana",
                        "Fue en 2019 → la enfermedad avanzó ≥ 3 años y “todo cambió” para la niña" + " y para mí. "
                                + "Tuve que reducir la jornada y pedir ayuda a mi hermana. ".repeat(6),
                        65_500L,
                        72_000L,
                        List.of("Conciliación ≥ empleo", "Apoyo familiar")),
                line(interview, 2, null, "(silencio)", null, null, List.of()));
        TranscriptSet set = new TranscriptSet(
                "Cuidado informal — niñez",
                Language.ES,
                Instant.now(),
                true,
                true,
                true,
                List.of(new TranscriptSet.Interview(summary, lines)));

        int pages = pdfPages(TranscriptPdfWriter.write(set), "transcript");

        assertThat(pages).isEqualTo(1);
    }

    private static TranscriptSet.Line line(
            UUID interview, int ordinal, String speaker, String text, Long start, Long end, List<String> codes) {
        return new TranscriptSet.Line(
                new Fragment(
                        UUID.randomUUID(),
                        interview,
                        UUID.randomUUID(),
                        ordinal,
                        speaker,
                        text,
                        0,
                        text.length(),
                        start,
                        end),
                codes);
    }

    private static int pdfPages(byte[] pdf, String name) throws IOException {
        return Previews.pdfPages(pdf, name);
    }

    private static int slides(byte[] pptx, String name) throws IOException {
        return Previews.slides(pptx, name);
    }
}
