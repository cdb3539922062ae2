package com.theogen.coding.internal;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodebookOutcome;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.job.JobContext;
import com.theogen.job.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code auto_code} job: open coding, then axial grouping, as two checkpointed stages (a resumed job does
 * not code twice). Params: {@code interview_id} (optional), {@code recode}, and {@code byo_key} saying that the
 * accepting request holds a user key for this job ({@link CodingJobs}). The job's outcome holds the counts (coded, skipped
 * fragments, failed batches); when some batches failed it completes degraded with their error code as its warning,
 * and when all failed it fails with that code (docs/adr/011).
 */
@Component
class AutoCodeJobHandler extends CodingJobs.Handler {

    static final String KIND = "auto_code";
    static final String CODEBOOK = "codebook";

    private static final Logger log = LoggerFactory.getLogger(AutoCodeJobHandler.class);

    private final AutoCoding coding;

    AutoCodeJobHandler(AutoCoding coding, CodingJobs jobs) {
        super(KIND, jobs);
        this.coding = coding;
    }

    @Override
    public JobResult run(CodingJobs.Job job) throws Exception {
        if (job.access().degraded()) {
            job.context().markDegraded();
        }
        return CODEBOOK.equals(job.context().params().get("mode")) ? codebook(job) : openAndAxial(job);
    }

    private JobResult openAndAxial(CodingJobs.Job job) throws Exception {
        JobContext context = job.context();
        UUID interviewId = interviewId(context);
        boolean recode = Boolean.TRUE.equals(context.params().get("recode"));
        OpenCodingOutcome open = context.stage(
                "open_coding", 2, OpenCodingOutcome.class, () -> coding.openCode(job.run(interviewId, recode, 2, 78)));
        AxialOutcome axial = context.stage(
                "axial_grouping",
                80,
                AxialOutcome.class,
                () -> coding.groupAxially(job.run(interviewId, false, 80, 19)));
        log.info(
                "auto_code done task_id={} project_id={} open={} axial={}",
                context.jobId(),
                context.projectId(),
                open,
                axial);
        boolean partial = open.failedBatches() > 0;
        return job.result(null, partial, outcome(open, axial), open.batchFailure());
    }

    /**
     * A codebook run (docs/adr/026): one stage; the job's result id is the machine coder that holds the coding.
     * Failed model batches make it degraded.
     */
    private JobResult codebook(CodingJobs.Job job) throws Exception {
        CodebookOutcome outcome = job.onlyStage(
                "codebook_coding",
                CodebookOutcome.class,
                true,
                run -> coding.codeWithCodebook(run, job.ids("interview_ids"), job.ids("code_ids")));
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("examined_fragments", outcome.fragmentsExamined());
        out.put("coded_fragments", outcome.fragmentsCoded());
        out.put("applications", outcome.applications());
        out.put("codebook_codes", outcome.codesUsed());
        out.put("codes_without_definition", outcome.codesWithoutDefinition());
        out.put("calibrated_interviews", outcome.calibratedInterviews());
        out.put("quotes_dropped", outcome.quotesDropped());
        out.put("invented_codes_dropped", outcome.inventedCodesDropped());
        out.put("failed_batches", outcome.failedBatches());
        return job.result(outcome.coderId(), outcome.failedBatches() > 0, out, null);
    }

    /** The counts the job's status shows; a partial failure also makes it degraded with the batches' error code. */
    static Map<String, Integer> outcome(OpenCodingOutcome open, AxialOutcome axial) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("examined_fragments", open.fragmentsExamined());
        out.put("coded_fragments", open.fragmentsCoded());
        out.put("skipped_fragments", open.fragmentsSkipped());
        out.put("failed_batches", open.failedBatches());
        out.put("codes_created", open.codesCreated());
        out.put("categories_created", axial.categoriesCreated());
        return out;
    }

    private static UUID interviewId(JobContext context) {
        Object value = context.params().get("interview_id");
        return value == null ? null : UUID.fromString(value.toString());
    }
}
