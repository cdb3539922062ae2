package com.theogen.coding.internal;

import com.theogen.coding.AutoCoding;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodebookOutcome;
import com.theogen.coding.Coder;
import com.theogen.coding.CodingRun;
import com.theogen.coding.MemoDrafting;
import com.theogen.coding.MemoProperties;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.job.JobCanceledException;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coding stages. The target of open coding is every participant fragment of the scope that has neither a
 * code application nor a review mark of any coder; with {@code recode}, every participant fragment of the scope
 * that no researcher marked not relevant, after the applications of machine coders (models and the offline
 * analyst) are removed: people's and imported coders' applications stay (docs/adr/020). The run writes in its
 * own coder's layer ({@code ai:<provider>/<model>} or {@code offline}). A target fragment the engine examined
 * without coding it is marked {@code examined} by that coder, so that the next run skips it.
 */
@Service
class DefaultAutoCoding implements AutoCoding {

    private static final Logger log = LoggerFactory.getLogger(DefaultAutoCoding.class);

    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final ReviewMarks marks;
    private final RunCoders coders;
    private final OfflineOpenCoding offline;
    private final LlmOpenCoding model;
    private final AxialGrouping axial;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;
    private final CodebookCoding codebook;
    private final MemoDrafting memoDrafting;
    private final MemoProperties memoProperties;

    DefaultAutoCoding(
            ProjectDirectory directory,
            CodingFragments fragments,
            CodeStore codes,
            ApplicationStore applications,
            ReviewMarks marks,
            RunCoders coders,
            OfflineOpenCoding offline,
            LlmOpenCoding model,
            AxialGrouping axial,
            EvidenceSync sync,
            TransactionTemplate transactions,
            CodebookCoding codebook,
            MemoDrafting memoDrafting,
            MemoProperties memoProperties) {
        this.memoDrafting = memoDrafting;
        this.memoProperties = memoProperties;
        this.directory = directory;
        this.fragments = fragments;
        this.codes = codes;
        this.applications = applications;
        this.marks = marks;
        this.coders = coders;
        this.offline = offline;
        this.model = model;
        this.axial = axial;
        this.sync = sync;
        this.transactions = transactions;
        this.codebook = codebook;
    }

    @Override
    public void requireCodebook(UUID projectId, List<UUID> codeIds) {
        codebook.codebook(projectId, codeIds);
    }

    @Override
    public CodebookOutcome codeWithCodebook(CodingRun run, List<UUID> interviewIds, List<UUID> codeIds) {
        return codebook.code(run, interviewIds, codeIds);
    }

    @Override
    public OpenCodingOutcome openCode(CodingRun run) {
        ProjectInfo project = project(run.projectId());
        List<Scoped> all = fragments.ofProject(project.id(), project.language());
        List<Scoped> scope = all.stream()
                .filter(f ->
                        run.interviewId() == null || f.fragment().interviewId().equals(run.interviewId()))
                .filter(f -> !f.interviewer() && !f.fragment().text().isBlank())
                .toList();
        if (run.interviewId() != null
                && all.stream().noneMatch(f -> f.fragment().interviewId().equals(run.interviewId()))) {
            throw DomainException.notFound("Interview");
        }
        Map<UUID, String> marked = marks.marks(project.id());
        Coder coder = coders.coding(project.id(), run);
        Set<UUID> touched = new HashSet<>();
        List<Scoped> targets;
        if (run.recode()) {
            targets = scope.stream()
                    .filter(f -> !"not_relevant".equals(marked.get(f.id())))
                    .toList();
            List<UUID> ids = targets.stream().map(Scoped::id).toList();
            transactions.executeWithoutResult(s -> {
                applications.deleteMachineApplications(ids);
                marks.clearExamined(ids);
                codes.deleteOrphanMachineCodes(project.id());
            });
            touched.addAll(ids);
        } else {
            Set<UUID> coded = marks.codedFragments(project.id());
            targets = scope.stream()
                    .filter(f -> !coded.contains(f.id()) && !marked.containsKey(f.id()))
                    .toList();
        }
        Set<UUID> targetIds = new HashSet<>();
        targets.forEach(f -> targetIds.add(f.id()));
        EngineResult result;
        try {
            result =
                    targets.isEmpty() ? EngineResult.none() : engine(project, all, targets, targetIds, run, coder.id());
        } catch (RuntimeException e) {
            if (!touched.isEmpty()) {
                sync.touched(project.id(), touched); // a recode removed applications before failing
            }
            throw e;
        }
        Map<UUID, UUID> examined = new LinkedHashMap<>();
        targets.stream()
                .filter(f -> !result.written().fragmentsCoded().contains(f.id())
                        && !result.failedFragments().contains(f.id()))
                .forEach(f -> examined.put(f.id(), f.fragment().interviewId()));
        marks.markExamined(project.id(), coder.id(), examined);
        touched.addAll(result.written().fragmentsCoded());
        if (!touched.isEmpty()) {
            sync.touched(project.id(), touched);
        }
        int coded = (int) targets.stream()
                .filter(f -> result.written().fragmentsCoded().contains(f.id()))
                .count();
        String generatedBy = run.access().remote() ? "llm" : "offline";
        log.info(
                "open coding done project_id={} by={} examined={} coded={} codes_created={} applications={}"
                        + " quotes_dropped={} failed_batches={} skipped={} batch_failure={}",
                project.id(),
                generatedBy,
                targets.size(),
                coded,
                result.written().codesCreated(),
                result.written().applications(),
                result.quotesDropped(),
                result.failedBatches(),
                result.failedFragments().size(),
                result.batchFailure() == null ? null : result.batchFailure().code());
        return new OpenCodingOutcome(
                targets.size(),
                coded,
                result.written().codesCreated(),
                result.written().codesReused(),
                result.written().applications(),
                result.quotesDropped(),
                result.failedBatches(),
                generatedBy,
                result.failedFragments().size(),
                result.batchFailure());
    }

    private EngineResult engine(
            ProjectInfo project,
            List<Scoped> all,
            List<Scoped> targets,
            Set<UUID> targetIds,
            CodingRun run,
            UUID coderId) {
        if (!run.access().remote()) {
            List<String> labels = new ArrayList<>();
            for (CodeRow code : codes.codes(project.id())) {
                labels.add(code.label());
                labels.addAll(code.aliases());
            }
            return offline.code(project, all, targetIds, labels, run, coderId);
        }
        try {
            return model.code(project, all, targets, run, coderId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCanceledException();
        }
    }

    @Override
    public AxialOutcome groupAxially(CodingRun run) {
        ProjectInfo project = project(run.projectId());
        List<Scoped> all = fragments.ofProject(project.id(), project.language());
        Set<UUID> placed = new HashSet<>();
        AxialOutcome outcome = axial.group(project, all, run, placed);
        if (!placed.isEmpty()) {
            sync.touched(project.id(), applications.fragmentsOfCodes(placed));
        }
        log.info(
                "axial grouping done project_id={} by={} categories_created={} codes_grouped={} relations={}",
                project.id(),
                outcome.generatedBy(),
                outcome.categoriesCreated(),
                outcome.codesGrouped(),
                outcome.relationsCreated());
        if (memoProperties.draftAfterAxial() && run.access().remote()) {
            draftMemos(run);
        }
        return outcome;
    }

    /**
     * The optional memo stage of the model path (docs/adr/036): its failures are logged, never the axial
     * grouping's, unless they end the run.
     */
    private void draftMemos(CodingRun run) {
        try {
            memoDrafting.draftForProject(run);
        } catch (DomainException e) {
            BatchFailures.rethrowIfRunEnds(e);
            log.warn(
                    "memo drafting after axial grouping failed project_id={} error_code={}",
                    run.projectId(),
                    e.errorCode());
        }
    }

    private ProjectInfo project(UUID projectId) {
        return directory.project(projectId).orElseThrow(() -> DomainException.notFound("Project"));
    }
}
