package com.theogen.export.internal;

import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingSnapshot;
import com.theogen.export.CodebookAssembly;
import com.theogen.export.CodebookExports;
import com.theogen.export.CodebookFormat;
import com.theogen.export.CodebookReport;
import com.theogen.export.ExportDocument;
import com.theogen.export.ExportProperties;
import com.theogen.export.ReportLinks;
import com.theogen.export.internal.docx.CodebookDocxWriter;
import com.theogen.export.internal.xlsx.CodebookXlsxWriter;
import com.theogen.interview.InterviewFragments;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Codebook exports, rendered on request from the project's current coding (not kept: coding changes). */
@Service
class CodebookExportService implements CodebookExports {

    private final ProjectAccess projects;
    private final ObjectProvider<Codebooks> codebooks;
    private final InterviewFragments fragments;
    private final ExportProperties properties;

    CodebookExportService(
            ProjectAccess projects,
            ObjectProvider<Codebooks> codebooks,
            InterviewFragments fragments,
            ExportProperties properties) {
        this.projects = projects;
        this.codebooks = codebooks;
        this.fragments = fragments;
        this.properties = properties;
    }

    @Override
    public ExportDocument export(UUID userId, UUID projectId, CodebookFormat format) {
        ProjectRef project = projects.require(projectId, userId, ProjectRole.VIEWER);
        CodebookReport report = report(project);
        byte[] content = render(report, format);
        Labels labels = Labels.of(report.language());
        return ExportDocument.named(content, format, project.name(), labels.get(ReportLabel.CODEBOOK), "codebook");
    }

    CodebookReport report(ProjectRef project) {
        Codebooks source = codebooks.getIfAvailable();
        CodingSnapshot snapshot = source == null
                ? new CodingSnapshot(project.id(), List.of(), List.of(), List.of(), List.of())
                : source.snapshot(project.id());
        CodebookAssembly assembly =
                new CodebookAssembly(snapshot, fragments.ofProject(project.id()), fragments.interviewsOf(project.id()));
        return new CodebookReport(
                Objects.requireNonNullElse(project.name(), ""),
                Labels.languageOf(project),
                Instant.now(),
                assembly.groups(),
                new ReportLinks(properties.linkBaseUrl(), project.id()));
    }

    static byte[] render(CodebookReport report, CodebookFormat format) {
        try {
            return switch (format) {
                case CSV -> CodebookCsvWriter.write(report);
                case XLSX -> CodebookXlsxWriter.write(report);
                case DOCX -> CodebookDocxWriter.write(report);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
