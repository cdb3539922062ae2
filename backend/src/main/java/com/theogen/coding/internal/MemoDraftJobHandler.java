package com.theogen.coding.internal;

import com.theogen.coding.MemoDrafting;
import com.theogen.coding.MemoDrafting.MemoDraftOutcome;
import com.theogen.job.JobResult;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code memo_draft} job (docs/adr/036): drafts memos for the codes and categories its params name ({@code
 * code_ids}, {@code category_ids}) as one checkpointed stage. A user's own key is handed over as for {@code
 * auto_code}. It completes degraded when some memo calls failed.
 */
@Component
class MemoDraftJobHandler extends CodingJobs.Handler {

    static final String KIND = "memo_draft";

    private final MemoDrafting drafting;

    MemoDraftJobHandler(MemoDrafting drafting, CodingJobs jobs) {
        super(KIND, jobs);
        this.drafting = drafting;
    }

    @Override
    public JobResult run(CodingJobs.Job job) throws Exception {
        MemoDraftOutcome outcome = job.onlyStage(
                "memo_drafting",
                MemoDraftOutcome.class,
                false,
                run -> drafting.draft(run, job.ids("code_ids"), job.ids("category_ids")));
        return job.result(null, outcome.failed() > 0, counts(outcome), null);
    }

    static Map<String, Integer> counts(MemoDraftOutcome o) {
        return Map.of(
                "memos_drafted", o.drafted(),
                "memos_replaced", o.replaced(),
                "memos_skipped", o.skipped(),
                "memos_failed", o.failed(),
                "sentences_kept", o.sentencesKept(),
                "sentences_dropped", o.sentencesDropped(),
                "citations_unknown", o.citationsUnknown(),
                "quotes_not_verbatim", o.quotesNotVerbatim());
    }
}
