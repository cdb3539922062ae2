package com.theogen.export.internal;

import com.theogen.export.ExportStatus;
import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.shared.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code export} job: renders its export, then every other export of the project still waiting for a job
 * (requests that arrived while this job held the project's lock). Restartable: a row already ready is skipped.
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
    public JobResult run(JobContext context) {
        UUID exportId = UUID.fromString(String.valueOf(context.params().get(ExportQueue.PARAM)));
        ExportRow own = store.find(exportId).orElseThrow(() -> DomainException.notFound("Export"));
        context.progress("render_" + own.format().extension(), 10);
        ExportRow done = renderPending(own, context);
        for (ExportRow waiting : store.pendingJobs(context.projectId())) {
            context.progress("render_" + waiting.format().extension(), 60);
            renderPending(waiting, context);
        }
        if (done.status() == ExportStatus.FAILED) {
            throw ExportRendering.failure(done);
        }
        return JobResult.of(exportId);
    }

    private ExportRow renderPending(ExportRow row, JobContext context) {
        if (row.status() != ExportStatus.PENDING) {
            return row;
        }
        try {
            context.checkCanceled();
        } catch (JobCanceledException canceled) {
            store.markFailed(row.id(), "CANCELED", "The export job was canceled");
            throw canceled;
        }
        return rendering.render(row);
    }
}
