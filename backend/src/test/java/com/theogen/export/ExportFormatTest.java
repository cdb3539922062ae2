package com.theogen.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void parsesFormatCodesInAnyCase() {
        assertThat(ExportFormat.fromCode("PDF")).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.fromCode(" pptx ")).isEqualTo(ExportFormat.PPTX);
        assertThat(ExportFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void rejectsUnknownFormatsAsBadInput() {
        assertThatThrownBy(() -> ExportFormat.fromCode("odt")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("UNSUPPORTED_FORMAT");
            assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(e.details())
                    .containsEntry("supported_formats", java.util.List.of("pdf", "pptx", "xlsx", "png", "docx"));
        });
        assertThatThrownBy(() -> ExportFormat.fromCode(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void suggestsAReadableAsciiFileNameInTheReportLanguage() {
        assertThat(ExportFormat.PDF.fileName(SpanishCaregiversReport.build()))
                .isEqualTo("cuidar-y-trabajar-familias-cuidadoras-en-valparaiso-y-zaragoza-teoria-v3.pdf");
        assertThat(ExportFormat.PNG.fileName(EnglishCaregiversReport.build()))
                .isEqualTo("caring-while-working-family-carers-in-leeds-and-glasgow-theory-v2.png");
        assertThat(ExportFormat.XLSX.fileName(StressReport.build()))
                .matches("estudio-ampliado-[a-z0-9-]{1,64}[a-z0-9]-teoria-v7\\.xlsx");
    }

    @Test
    void keepsTheProjectTitleReadableInTheDisplayFileName() {
        assertThat(ExportFormat.PDF.displayFileName(SpanishCaregiversReport.build()))
                .startsWith("Cuidar y trabajar")
                .endsWith("-teoría-v3.pdf");
        assertThat(ExportFormat.readable("  Niñez / cuidado: ¿quién?  ")).isEqualTo("Niñez - cuidado ¿quién");
        assertThat(ExportFormat.readable("Salud/Educación")).isEqualTo("Salud-Educación");
        assertThat(ExportFormat.fromCode("DOCX")).isEqualTo(ExportFormat.DOCX);
        assertThat(ExportFormat.readable("...")).isEmpty();
    }

    @Test
    void reportListsEveryQuoteOfParadigmAndPropositions() {
        TheoryReport report = SpanishCaregiversReport.build();
        long paradigmQuotes = report.paradigm().allItems().stream()
                .mapToLong(i -> i.evidence().size())
                .sum();
        long propositionQuotes = report.propositions().stream()
                .mapToLong(p -> p.evidence().size())
                .sum();
        assertThat(report.allQuotes()).hasSize((int) (paradigmQuotes + propositionQuotes));
        assertThat(report.propositions()).hasSize(7);
    }
}
