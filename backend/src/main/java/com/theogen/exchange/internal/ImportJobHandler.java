package com.theogen.exchange.internal;

import com.theogen.exchange.ExchangeFormat;
import com.theogen.job.JobContext;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code exchange_import} job: reads the staged upload again, plans it and writes it in one transaction
 * (all or nothing), reporting progress outside that transaction so pollers see it. Exclusive: it holds the
 * project's job lock. The staged upload is deleted when the job ends, however it ends; a worker lost mid-way
 * leaves it for the resumed attempt, which starts over (nothing of the first attempt was committed).
 */
@Component
class ImportJobHandler implements JobHandler {

    static final String KIND = "exchange_import";
    private static final Logger log = LoggerFactory.getLogger(ImportJobHandler.class);

    private final Staging staging;
    private final ImportReading reading;
    private final ImportRunner runner;
    private final TransactionTemplate outside;

    ImportJobHandler(
            Staging staging, ImportReading reading, ImportRunner runner, PlatformTransactionManager transactions) {
        this.staging = staging;
        this.reading = reading;
        this.runner = runner;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext context) throws Exception {
        Path upload = staging.resolve((String) context.params().get("upload"));
        try {
            ExchangeFormat format =
                    ExchangeFormat.fromCode((String) context.params().get("format"));
            context.progress("reading", 5);
            ImportRunner.Outcome outcome;
            try (ImportReading.Opened opened = reading.open(upload, format)) {
                context.progress("checked", 15);
                outcome = runner.run(
                        context.ownerId(),
                        context.projectId(),
                        opened.plan(),
                        opened.archive(),
                        (step, percent) -> outside.executeWithoutResult(s -> context.progress(step, percent)));
            }
            log.info(
                    "exchange import done task_id={} project_id={} interviews={} applications={} duplicates={}"
                            + " split={} outside_fragments={} codes_created={} codes_reused={} renamed={} memos={}",
                    context.jobId(),
                    context.projectId(),
                    outcome.interviews(),
                    outcome.applications(),
                    outcome.duplicateApplications(),
                    outcome.selectionsSplit(),
                    outcome.selectionsOutsideFragments(),
                    outcome.codesCreated(),
                    outcome.codesReused(),
                    outcome.renamedCodes().size(),
                    outcome.memos());
            return JobResult.of(context.projectId());
        } finally {
            staging.delete(upload);
        }
    }
}
