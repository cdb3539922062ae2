package com.theogen.export.internal;

import com.theogen.coding.AgreementRequest;
import com.theogen.coding.AgreementResult;
import com.theogen.coding.CoderAgreement;
import com.theogen.export.AgreementExports;
import com.theogen.export.ExportDocument;
import com.theogen.export.ExportFormat;
import com.theogen.export.ExportProperties;
import com.theogen.export.ReportLinks;
import com.theogen.export.internal.xlsx.AgreementXlsxWriter;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectRef;
import com.theogen.project.ProjectRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Agreement workbooks, computed by the coding module and rendered here on request. */
@Service
class AgreementExportService implements AgreementExports {

    private final ProjectAccess projects;
    private final CoderAgreement agreement;
    private final ExportProperties properties;

    AgreementExportService(ProjectAccess projects, CoderAgreement agreement, ExportProperties properties) {
        this.projects = projects;
        this.agreement = agreement;
        this.properties = properties;
    }

    @Override
    public ExportDocument xlsx(UUID userId, UUID projectId, AgreementRequest request) {
        ProjectRef project = projects.require(projectId, userId, ProjectRole.VIEWER);
        AgreementResult result = agreement.compare(userId, projectId, request);
        Labels labels = Labels.of(Labels.languageOf(project));
        String name = Objects.requireNonNullElse(project.name(), "");
        byte[] content;
        try {
            content = AgreementXlsxWriter.write(
                    result, name, Instant.now(), labels, new ReportLinks(properties.linkBaseUrl(), projectId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExportDocument.named(content, ExportFormat.XLSX, name, labels.get(ReportLabel.AGREEMENT), "agreement");
    }
}
