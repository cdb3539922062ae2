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
import com.theogen.theory.TheoryProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
        String route = "unknown";
        try {
            Optional<ByoKey> key = awaitKey(job);
            LlmAccess access = llm.access(key);
            TheoryProperties current = settings.current();
            RunScope run = new RunScope(
                    job,
                    access,
                    key,
                    current,
                    () -> new ProjectData(
                            coding.codebooks().snapshot(job.projectId()), fragments.ofProject(job.projectId())));
            if (access.degraded()) {
                job.markDegraded();
            }
            Pipeline pipeline = new Pipeline(run);
            StageOutputs.Loaded project = pipeline.stage(
                    "load_project",
                    3,
                    StageOutputs.Loaded.class,
                    () -> stages.load.run(run),
                    StageOutputs.Loaded::meta);
            route = project.route();
            JobResult result = pipeline.execute(project);
            telemetry.finished(job.jobId(), job.projectId(), route, "completed", null);
            return result;
        } catch (JobCanceledException e) {
            telemetry.finished(job.jobId(), job.projectId(), route, "canceled", JobError.CANCELED.code());
            throw e;
        } catch (DomainException e) {
            telemetry.finished(job.jobId(), job.projectId(), route, "failed", e.errorCode());
            throw e;
        } catch (Exception | Error e) {
            telemetry.finished(job.jobId(), job.projectId(), route, "failed", JobError.INTERNAL_ERROR.code());
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

    /** One attempt's walk through the stages. */
    private final class Pipeline {
        private final RunScope run;
        private final Map<String, Drafts.Meta> metas = new LinkedHashMap<>();
        private boolean degraded;
        private String route = "unknown";

        Pipeline(RunScope run) {
            this.run = run;
            this.degraded = run.access().degraded();
        }

        JobResult execute(StageOutputs.Loaded project) throws Exception {
            StageOutputs.Coding coded = stage(
                    AutoCodeStage.STEP,
                    20,
                    StageOutputs.Coding.class,
                    () -> stages.autoCode.run(run, 3, 20),
                    StageOutputs.Coding::meta);
            degraded |= coded.failedBatches() > 0;
            StageOutputs.Coding grouped = stage(
                    AxialStage.STEP,
                    30,
                    StageOutputs.Coding.class,
                    () -> stages.axial.run(run, 20, 30),
                    StageOutputs.Coding::meta);
            StageOutputs.Graph graph = stage(
                    GraphStage.STEP,
                    40,
                    StageOutputs.Graph.class,
                    () -> stages.graph.run(run, coded),
                    StageOutputs.Graph::meta);
            degraded |= graph.degraded();
            StageOutputs.CategoryEvidence evidence = stage(
                    EvidenceStage.STEP,
                    46,
                    StageOutputs.CategoryEvidence.class,
                    () -> stages.evidence.run(run, graph),
                    StageOutputs.CategoryEvidence::meta);
            degraded |= evidence.degraded();
            StageOutputs.Core core;
            StageOutputs.Paradigm paradigm;
            StageOutputs.Saturation saturation;
            if (TheoryProperties.Route.LEGACY.code().equals(project.route())) {
                LegacyStage.Output legacy = stage(
                        LegacyStage.STEP,
                        80,
                        LegacyStage.Output.class,
                        () -> stages.legacy.run(run, project, graph, evidence),
                        LegacyStage.Output::meta);
                core = legacy.core();
                paradigm = legacy.paradigm();
                saturation = legacy.saturation();
            } else {
                core = stage(
                        CentralCategoryStage.STEP,
                        58,
                        StageOutputs.Core.class,
                        () -> stages.central.run(run, project, graph, evidence),
                        StageOutputs.Core::meta);
                paradigm = stage(
                        ParadigmStage.STEP,
                        75,
                        StageOutputs.Paradigm.class,
                        () -> stages.paradigm.run(run, project, graph, evidence, core),
                        StageOutputs.Paradigm::meta);
                StageOutputs.Paradigm built = paradigm;
                saturation = stage(
                        SaturationStage.STEP,
                        86,
                        StageOutputs.Saturation.class,
                        () -> stages.saturation.run(run, project, graph, evidence, core, built),
                        StageOutputs.Saturation::meta);
            }
            StageOutputs.Paradigm finalParadigm = paradigm;
            StageOutputs.Verified verified = stage(
                    VerifyStage.STEP,
                    93,
                    StageOutputs.Verified.class,
                    () -> stages.verify.run(run, project, core, finalParadigm),
                    StageOutputs.Verified::meta);
            var validation = verified.validation();
            telemetry.dropped("unknown_fragment", validation.unknownFragment());
            telemetry.dropped("wrong_category", validation.wrongCategory());
            telemetry.dropped("not_verbatim", validation.notVerbatim());
            telemetry.dropped("negative_case_not_verbatim", validation.negativeCasesDropped());
            StageOutputs.Saturation finalSaturation = saturation;
            boolean degradedNow = degraded;
            StageOutputs.Saved saved = run.job().stage(SaveStage.STEP, 97, StageOutputs.Saved.class, () -> {
                long started = System.nanoTime();
                StageOutputs.Saved stored = stages.save.run(
                        run,
                        new SaveStage.Inputs(project, Map.copyOf(metas), graph, evidence, finalSaturation, verified),
                        degradedNow);
                telemetry.stage(
                        run.job().jobId(),
                        run.projectId(),
                        route,
                        SaveStage.STEP,
                        RunScope.computed(started),
                        degradedNow);
                return stored;
            });
            return new JobResult(saved.theoryId(), degraded);
        }

        <T> T stage(String step, int percent, Class<T> type, Callable<T> work, Function<T, Drafts.Meta> meta)
                throws Exception {
            T out = run.job().stage(step, percent, type, () -> {
                T produced = work.call();
                if (produced instanceof StageOutputs.Loaded loaded) {
                    route = loaded.route();
                }
                telemetry.stage(run.job().jobId(), run.projectId(), route, step, meta.apply(produced), degraded);
                return produced;
            });
            metas.put(step, meta.apply(out));
            return out;
        }
    }
}
