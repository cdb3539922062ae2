package com.theogen.theory.internal.pipeline;

import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.llm.BudgetTrim;
import com.theogen.llm.ByoKey;
import com.theogen.llm.ChainPayload;
import com.theogen.llm.EvidencePayload;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.LlmUsage;
import com.theogen.llm.ProviderCircuit;
import com.theogen.shared.DomainException;
import com.theogen.theory.TheoryProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What one attempt of one theory run shares across its stages: the job context, how it reaches a model, the
 * settings read when it started, and the project data (read once, re-read after coding changes it).
 */
public final class RunScope {

    private final JobContext job;
    private final LlmAccess access;
    private final Optional<ByoKey> key;
    private final TheoryProperties settings;
    private final Instant deadline;
    private final Supplier<ProjectData> reader;
    private final ProviderCircuit circuit = new ProviderCircuit();
    private ProjectData data;
    private ChainPayload<?> selectiveEvidence;
    private String step = "";
    private int fromPercent;
    private int toPercent;
    private long stageStarted = System.nanoTime();

    public RunScope(
            JobContext job,
            LlmAccess access,
            Optional<ByoKey> key,
            TheoryProperties settings,
            Supplier<ProjectData> reader) {
        this.job = job;
        this.access = access;
        this.key = key;
        this.settings = settings;
        this.deadline = Instant.now().plus(settings.runDeadline());
        this.reader = reader;
    }

    JobContext job() {
        return job;
    }

    UUID projectId() {
        return job.projectId();
    }

    LlmAccess access() {
        return access;
    }

    boolean remote() {
        return access.remote();
    }

    TheoryProperties settings() {
        return settings;
    }

    /**
     * Starts the clock of a stage that takes the run's progress from {@code fromPercent} to {@code toPercent}: its
     * {@link #meta} and {@link #computed} time from here, its {@link #stageProgress} reports within that share.
     */
    public void enter(String step, int fromPercent, int toPercent) {
        this.step = step;
        this.fromPercent = fromPercent;
        this.toPercent = toPercent;
        this.stageStarted = System.nanoTime();
    }

    /** Reports progress {@code percent} (0–100) through the current stage as the run's progress within its share. */
    void stageProgress(int percent) {
        job.progress(step, fromPercent + (toPercent - fromPercent) * percent / 100);
    }

    /** The project data, read on first use. */
    ProjectData data() {
        if (data == null) {
            data = reader.get();
        }
        return data;
    }

    /** Forgets the project data after a stage changed the coding. */
    void codingChanged() {
        data = null;
        selectiveEvidence = null;
    }

    /**
     * The evidence payload that the selective-coding calls of this attempt (core category, paradigm and its repair,
     * gaps) share as their prompt prefix: built once, then each call starts from what the previous one sent
     * (docs/adr/038).
     */
    synchronized ChainPayload<?> selectiveEvidence(Supplier<EvidencePayload> build) {
        if (selectiveEvidence == null) {
            selectiveEvidence = ChainPayload.of(build.get());
        }
        return selectiveEvidence;
    }

    /**
     * The {@code prompt_cache_key} of this run's selective-coding chain: stable across its calls and attempts, and
     * naming nothing but the job (docs/adr/038).
     */
    String selectiveCacheKey() {
        return "theogen-selective-" + job.jobId();
    }

    /**
     * The LLM context of one stage: the run's key, deadline, cancellation and provider circuit (a provider found hung
     * in one stage is not waited for again in the next), the stage's own usage log.
     */
    LlmRunContext llm(LlmRunLog log) {
        return new LlmRunContext(key, deadline, job::canceled, log, circuit);
    }

    /** One model call; a cancellation noticed by the LLM layer ends the job as canceled, not failed. */
    <T> T call(LlmClient client, LlmRequest<T> request, LlmRunLog log) {
        try {
            LlmResult<T> result = client.call(request, llm(log));
            return result.output();
        } catch (DomainException e) {
            if (e.is(LlmError.CANCELED)) {
                job.checkCanceled();
                throw new JobCanceledException();
            }
            throw e;
        }
    }

    /** The current stage's meta: who generated its output, its time so far, and the model calls in {@code log}. */
    Drafts.Meta meta(String generatedBy, LlmRunLog log) {
        List<Drafts.Call> calls = log.calls().stream().map(RunScope::call).toList();
        List<Drafts.Trim> trims = log.trims().stream().map(RunScope::trim).toList();
        return new Drafts.Meta(generatedBy, elapsedMs(), calls, trims);
    }

    /** The meta of a stage that called no model. */
    public Drafts.Meta computed() {
        return Drafts.Meta.computed(elapsedMs());
    }

    private long elapsedMs() {
        return (System.nanoTime() - stageStarted) / 1_000_000;
    }

    private static Drafts.Call call(LlmUsage u) {
        return new Drafts.Call(
                u.prompt(),
                u.provider() == null ? "" : u.provider().name().toLowerCase(java.util.Locale.ROOT),
                u.model(),
                u.inputTokens(),
                u.outputTokens(),
                u.requests(),
                u.retries(),
                u.repaired(),
                u.cachedInputTokens());
    }

    private static Drafts.Trim trim(BudgetTrim t) {
        return new Drafts.Trim(t.step(), t.applications(), t.tokensBefore(), t.tokensAfter());
    }
}
