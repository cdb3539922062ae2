package com.theogen.theory.internal;

import com.theogen.interview.InterviewFragments;
import com.theogen.job.JobCanceledException;
import com.theogen.job.JobContext;
import com.theogen.job.JobError;
import com.theogen.job.JobHandler;
import com.theogen.job.JobResult;
import com.theogen.llm.ByoKey;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.RunKeys;
import com.theogen.shared.DomainException;
import com.theogen.theory.internal.pipeline.CodingPorts;
import com.theogen.theory.internal.pipeline.Drafts;
import com.theogen.theory.internal.pipeline.ProjectData;
import com.theogen.theory.internal.pipeline.RunScope;
import com.theogen.theory.internal.pipeline.RunState;
import com.theogen.theory.internal.pipeline.StageOutputs;
import com.theogen.theory.internal.pipeline.Stages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The theory run (job kind {@value #KIND}): the stages of DESIGN.md §7.1 as checkpointed job stages with monotonic
 * progress, on the staged route or the single-call legacy route. A resumed run skips every stage it completed.
 */
@Component
class TheoryJobHandler implements JobHandler {

    static final String KIND = "theory";

    private final Stages stages;
    private final LlmClient llm;
    private final RunKeys keys;
    private final TheorySettings settings;
    private final CodingPorts coding;
    private final InterviewFragments fragments;
    private final TheoryTelemetry telemetry;

    TheoryJobHandler(
            Stages stages,
            LlmClient llm,
            RunKeys keys,
            TheorySettings settings,
            CodingPorts coding,
            InterviewFragments fragments,
            TheoryTelemetry telemetry) {
        this.stages = stages;
        this.llm = llm;
        this.keys = keys;
        this.settings = settings;
        this.coding = coding;
        this.fragments = fragments;
        this.telemetry = telemetry;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public JobResult run(JobContext job) throws Exception {
        Pipeline pipeline = new Pipeline(job);
        try {
            JobResult result = pipeline.execute();
            telemetry.finished(job.jobId(), job.projectId(), pipeline.state.route(), "completed", null);
            return result;
        } catch (JobCanceledException e) {
            telemetry.finished(
                    job.jobId(), job.projectId(), pipeline.state.route(), "canceled", JobError.CANCELED.code());
            throw e;
        } catch (DomainException e) {
            telemetry.finished(job.jobId(), job.projectId(), pipeline.state.route(), "failed", e.errorCode());
            throw e;
        } catch (Exception | Error e) {
            telemetry.finished(
                    job.jobId(), job.projectId(), pipeline.state.route(), "failed", JobError.INTERNAL_ERROR.code());
            throw e;
        } finally {
            keys.forget(job.jobId());
        }
    }

    /**
     * The user's key, when the request handed one over: the job may start on this replica a moment before the
     * accepting thread has stored it, so wait briefly. A run resumed elsewhere finds none and goes on without it.
     */
    private Optional<ByoKey> awaitKey(JobContext job) throws InterruptedException {
        Optional<ByoKey> key = keys.find(job.jobId());
        boolean expected = Boolean.TRUE.equals(job.params().get(TheoryRunService.KEY_EXPECTED));
        for (int i = 0; key.isEmpty() && expected && job.attempt() == 1 && i < 50; i++) {
            Thread.sleep(100);
            key = keys.find(job.jobId());
        }
        return key;
    }

    /**
     * One attempt's walk through the stage table: each stage on the run's route in turn, its output added to the run
     * state. Timing, progress, checkpoints and telemetry happen in {@link #stage} only.
     */
    private final class Pipeline {
        private final JobContext job;
        private RunState state = RunState.start(false);
        /** The route as this attempt's own {@code load_project} found it: stage lines say "unknown" until then. */
        private String loggedRoute = "unknown";

        Pipeline(JobContext job) {
            this.job = job;
        }

        JobResult execute() throws Exception {
            Optional<ByoKey> key = awaitKey(job);
            LlmAccess access = llm.access(key);
            RunScope run = new RunScope(
                    job,
                    access,
                    key,
                    settings.current(),
                    () -> new ProjectData(
                            coding.codebooks().snapshot(job.projectId()), fragments.ofProject(job.projectId())));
            if (access.degraded()) {
                job.markDegraded();
            }
            state = RunState.start(access.degraded());
            int done = 0;
            for (Stages.Step<?> step : stages.table()) {
                if (step.on(state.route())) {
                    stage(run, step, done);
                    done = step.progress();
                }
            }
            return new JobResult(state.saved().theoryId(), state.degraded());
        }

        private <T> void stage(RunScope run, Stages.Step<T> step, int fromPercent) throws Exception {
            boolean degraded = state.degraded();
            RunState before = state;
            T out = job.stage(step.name(), step.progress(), step.type(), () -> {
                run.enter(step.name(), fromPercent, step.progress());
                T produced = step.work().run(run, before);
                if (produced instanceof StageOutputs.Loaded loaded) {
                    loggedRoute = loaded.route();
                }
                telemetry.stage(job.jobId(), job.projectId(), loggedRoute, step.name(), meta(run, produced), degraded);
                return produced;
            });
            state = state.with(step.name(), out);
            if (out instanceof StageOutputs.Output output) {
                state = state.withMeta(step.name(), output.meta());
            }
            if (out instanceof StageOutputs.Verified verified) {
                telemetry.dropped(verified.validation());
            }
        }
    }

    /** A stage's meta; a stage whose output carries none (save_theory) is logged with its time only. */
    private static Drafts.Meta meta(RunScope run, Object output) {
        return output instanceof StageOutputs.Output staged ? staged.meta() : run.computed();
    }
}
