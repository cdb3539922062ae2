package com.theogen.coding.internal;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodebookOutcome;
import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.RunKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code auto_code} job: open coding, then axial grouping, as two checkpointed stages (a resumed job does
 * not code twice). Params: {@code interview_id} (optional), {@code recode}, and {@code byo_key} saying that the
 * accepting request holds a user key for this job in {@link RunKeys}; the job waits up to
 * {@code theogen.coding.key-handoff-wait} for it, because the job may start before the request has handed it
 * over. The key is forgotten when the job ends, however it ends. The job's outcome holds the counts (coded, skipped
 * fragments, failed batches); when some batches failed it completes degraded with their error code as its warning,
 * and when all failed it fails with that code (docs/adr/011).
 */
@Component
class AutoCodeJobHandler implements JobHandler {

    static final String KIND = "auto_code";
    static final String CODEBOOK = "codebook";

    private static final Logger log = LoggerFactory.getLogger(AutoCodeJobHandler.class);

    private final AutoCoding coding;
    private final LlmClient llm;
    private final RunKeys keys;
    private final CodingProperties properties;

    AutoCodeJobHandler(AutoCoding coding, LlmClient llm, RunKeys keys, CodingProperties properties) {
        this.coding = coding;
        this.llm = llm;
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) throws Exception {
        try {
            Optional<ByoKey> key = awaitKey(context);
            LlmAccess access = llm.access(key);
            if (access.degraded()) {
                context.markDegraded();
            }
            LlmRunContext llmRun = new LlmRunContext(
                    key, Instant.now().plus(properties.runDeadline()), () -> canceled(context), new LlmRunLog());
            if (CODEBOOK.equals(context.params().get("mode"))) {
                return codebook(context, access, llmRun);
            }
            UUID interviewId = interviewId(context);
            boolean recode = Boolean.TRUE.equals(context.params().get("recode"));
            OpenCodingOutcome open = context.stage(
                    "open_coding",
                    2,
                    OpenCodingOutcome.class,
                    () -> coding.openCode(new CodingRun(
                            context.projectId(),
                            interviewId,
                            recode,
                            access,
                            llmRun,
                            (step, percent) -> context.progress(step, 2 + percent * 78 / 100))));
            AxialOutcome axial = context.stage(
                    "axial_grouping",
                    80,
                    AxialOutcome.class,
                    () -> coding.groupAxially(new CodingRun(
                            context.projectId(),
                            interviewId,
                            false,
                            access,
                            llmRun,
                            (step, percent) -> context.progress(step, 80 + percent * 19 / 100))));
            log.info(
                    "auto_code done task_id={} project_id={} open={} axial={}",
                    context.jobId(),
                    context.projectId(),
                    open,
                    axial);
            boolean partial = open.failedBatches() > 0;
            return new JobResult(null, access.degraded() || partial, outcome(open, axial), open.batchFailure());
        } finally {
            keys.forget(context.jobId());
        }
    }

    /**
     * A codebook run (docs/adr/026): one stage; the job's result id is the machine coder that holds the coding.
     * Failed model batches make it degraded.
     */
    private JobResult codebook(JobContext context, LlmAccess access, LlmRunContext llmRun) throws Exception {
        List<UUID> interviews = ids(context.params().get("interview_ids"));
        List<UUID> codes = ids(context.params().get("code_ids"));
        CodebookOutcome outcome = context.stage(
                "codebook_coding",
                2,
                CodebookOutcome.class,
                () -> coding.codeWithCodebook(
                        new CodingRun(
                                context.projectId(),
                                null,
                                true,
                                access,
                                llmRun,
                                (step, percent) -> context.progress(step, 2 + percent * 97 / 100)),
                        interviews,
                        codes));
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
        return new JobResult(outcome.coderId(), access.degraded() || outcome.failedBatches() > 0, out, null);
    }

    private static List<UUID> ids(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(v -> UUID.fromString(v.toString())).toList();
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

    private Optional<ByoKey> awaitKey(JobContext context) throws InterruptedException {
        if (!Boolean.TRUE.equals(context.params().get("byo_key"))) {
            return Optional.empty();
        }
        return keys.await(context.jobId(), properties.keyHandoffWait(), context::checkCanceled);
    }

    private static UUID interviewId(JobContext context) {
        Object value = context.params().get("interview_id");
        return value == null ? null : UUID.fromString(value.toString());
    }

    private static boolean canceled(JobContext context) {
        try {
            context.checkCanceled();
            return false;
        } catch (JobCanceledException e) {
            return true;
        }
    }
}
