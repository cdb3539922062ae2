package com.theogen.coding.internal;

import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.MemoDrafting;
import com.theogen.coding.MemoDrafting.MemoDraftOutcome;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code memo_draft} job (docs/adr/036): drafts memos for the codes and categories its params name ({@code
 * code_ids}, {@code category_ids}) as one checkpointed stage. A user's own key is handed over as for {@code
 * auto_code}. It completes degraded when some memo calls failed.
 */
@Component
class MemoDraftJobHandler implements JobHandler {

    static final String KIND = "memo_draft";

    private final MemoDrafting drafting;
    private final LlmClient llm;
    private final RunKeys keys;
    private final CodingProperties properties;

    MemoDraftJobHandler(MemoDrafting drafting, LlmClient llm, RunKeys keys, CodingProperties properties) {
        this.drafting = drafting;
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
            Optional<ByoKey> key = Boolean.TRUE.equals(context.params().get("byo_key"))
                    ? keys.await(context.jobId(), properties.keyHandoffWait(), context::checkCanceled)
                    : Optional.empty();
            LlmAccess access = llm.access(key);
            LlmRunContext llmRun = new LlmRunContext(
                    key, Instant.now().plus(properties.runDeadline()), () -> canceled(context), new LlmRunLog());
            MemoDraftOutcome outcome = context.stage(
                    "memo_drafting",
                    2,
                    MemoDraftOutcome.class,
                    () -> drafting.draft(
                            new CodingRun(
                                    context.projectId(),
                                    null,
                                    false,
                                    access,
                                    llmRun,
                                    (step, percent) -> context.progress(step, 2 + percent * 97 / 100)),
                            ids(context.params().get("code_ids")),
                            ids(context.params().get("category_ids"))));
            return new JobResult(null, access.degraded() || outcome.failed() > 0, counts(outcome), null);
        } finally {
            keys.forget(context.jobId());
        }
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

    private static List<UUID> ids(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(v -> UUID.fromString(v.toString())).toList();
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
