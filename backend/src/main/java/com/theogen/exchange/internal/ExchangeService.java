package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeFormat;
import com.theogen.exchange.ImportSummary;
import com.theogen.exchange.ProjectExchange;
import com.theogen.job.JobRequest;
import com.theogen.job.JobSubmission;
import com.theogen.job.Jobs;
import com.theogen.project.ProjectAccess;
import com.theogen.project.ProjectDraft;
import com.theogen.project.ProjectRole;
import com.theogen.project.ProjectView;
import com.theogen.project.Projects;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** Checks uploads in the request, hands them to the import job, and writes exports. */
@Service
class ExchangeService implements ProjectExchange {

    private final Staging staging;
    private final ImportReading reading;
    private final ProjectAccess access;
    private final Projects projects;
    private final Jobs jobs;
    private final ProjectWriter writer;

    ExchangeService(
            Staging staging,
            ImportReading reading,
            ProjectAccess access,
            Projects projects,
            Jobs jobs,
            ProjectWriter writer) {
        this.staging = staging;
        this.reading = reading;
        this.access = access;
        this.projects = projects;
        this.jobs = jobs;
        this.writer = writer;
    }

    @Override
    public Path newUpload() {
        return staging.newFile();
    }

    @Override
    public void discard(Path upload) {
        staging.delete(upload);
    }

    @Override
    public ImportAccepted importInto(UUID userId, UUID projectId, ExchangeFormat format, Path upload) {
        return discardIfRefused(upload, () -> {
            access.require(projectId, userId, ProjectRole.CODER);
            ImportSummary summary = check(upload, format).summary();
            return submit(userId, projectId, format, upload, summary);
        });
    }

    @Override
    public ImportAccepted importAsNewProject(UUID userId, ExchangeFormat format, Path upload, String name) {
        return discardIfRefused(upload, () -> {
            ImportPlan plan = check(upload, format);
            String title = name != null && !name.isBlank()
                    ? name.strip()
                    : plan.projectName() != null && !plan.projectName().isBlank()
                            ? plan.projectName().strip()
                            : "Imported project";
            ProjectView project = projects.create(
                    userId, new ProjectDraft(clip(title, 200), plan.projectDescription(), null, null, null));
            return submit(userId, project.id(), format, upload, plan.summary());
        });
    }

    /** Runs {@code accept}; an import it refuses leaves no staged upload behind. */
    private ImportAccepted discardIfRefused(Path upload, Supplier<ImportAccepted> accept) {
        try {
            return accept.get();
        } catch (RuntimeException e) {
            staging.delete(upload);
            throw e;
        }
    }

    @Override
    public ExportFile export(UUID userId, UUID projectId, ExchangeFormat format) {
        return writer.write(access.require(projectId, userId, ProjectRole.VIEWER), format);
    }

    private ImportPlan check(Path upload, ExchangeFormat format) {
        try (ImportReading.Opened opened = reading.open(upload, format)) {
            return opened.plan();
        }
    }

    private ImportAccepted submit(
            UUID userId, UUID projectId, ExchangeFormat format, Path upload, ImportSummary summary) {
        JobSubmission submission = jobs.submit(new JobRequest(
                projectId,
                userId,
                ImportJobHandler.KIND,
                Map.of("upload", staging.nameOf(upload), "format", format.extension())));
        if (submission.reused()) {
            staging.delete(upload);
        }
        return new ImportAccepted(projectId, submission.job(), submission.reused(), summary);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
