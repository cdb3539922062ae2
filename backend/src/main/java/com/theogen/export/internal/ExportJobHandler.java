package com.theogen.export.internal;

import com.theogen.export.ExportStatus;
import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobError;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code export} job: renders one export. Not exclusive (docs/adr/014): it only reads a saved theory, so it
 * runs beside a theory run or auto-coding job on the same project and never makes them busy. Restartable: a row
 * already ready is not rendered again.
 */
@Component
class ExportJobHandler implements JobHandler {

    private final ExportStore store;
    private final ExportRendering rendering;

    ExportJobHandler(ExportStore store, ExportRendering rendering) {
        this.store = store;
        this.rendering = rendering;
    }

    @Override
    public String kind() {
        return ExportQueue.KIND;
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    /** Viewers export: rendering only reads a saved theory. */
    @Override
    public ProjectRole requiredRole() {
        return ProjectRole.VIEWER;
    }

    @Override
    public JobResult run(JobContext context) {
        UUID exportId = UUID.fromString(String.valueOf(context.params().get(ExportQueue.PARAM)));
        ExportRow row = store.find(exportId).orElseThrow(() -> DomainException.notFound("Export"));
        if (row.status() != ExportStatus.PENDING) {
            return JobResult.of(exportId);
        }
        context.progress("render_" + row.format().extension(), 10);
        try {
            context.checkCanceled();
        } catch (JobCanceledException canceled) {
            store.markFailed(row.id(), JobError.CANCELED.code(), "The export job was canceled");
            throw canceled;
        }
        ExportRow done = rendering.render(row);
        if (done.status() == ExportStatus.FAILED) {
            throw ExportRendering.failure(done);
        }
        return JobResult.of(exportId);
    }
}
