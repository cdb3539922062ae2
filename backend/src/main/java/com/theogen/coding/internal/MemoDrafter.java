package com.theogen.coding.internal;

import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.MemoDrafting;
import com.theogen.coding.MemoError;
import com.theogen.coding.MemoProperties;
import com.theogen.coding.internal.CategoryStore.CategoryRow;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts memos with the reasoning model, one call per code or category (docs/adr/036). The fragments shown are the
 * target's own coded fragments, spread across interviews ({@link MemoSubjects#pick}); the reply is checked and
 * written by {@link MemoWriter}; the memo is stored in the model's coder's layer by {@link MemoService#storeDraft}.
 * A call that fails is counted and the next target drafted, unless the failure ends the run.
 */
@Service
class MemoDrafter implements MemoDrafting {

    static final String STAGE = "memo_drafting";

    private static final Logger log = LoggerFactory.getLogger(MemoDrafter.class);

    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CategoryStore categories;
    private final RunCoders coders;
    private final MemoService memos;
    private final LlmClient llm;
    private final MemoProperties properties;
    private final TransactionTemplate transactions;

    MemoDrafter(
            ProjectDirectory directory,
            CodingFragments fragments,
            CodeStore codes,
            ApplicationStore applications,
            CategoryStore categories,
            RunCoders coders,
            MemoService memos,
            LlmClient llm,
            MemoProperties properties,
            TransactionTemplate transactions) {
        this.directory = directory;
        this.fragments = fragments;
        this.codes = codes;
        this.applications = applications;
        this.categories = categories;
        this.coders = coders;
        this.memos = memos;
        this.llm = llm;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public void requireTargets(UUID projectId, List<UUID> codeIds, List<UUID> categoryIds) {
        Set<UUID> codeTargets = new LinkedHashSet<>(codeIds == null ? List.of() : codeIds);
        Set<UUID> categoryTargets = new LinkedHashSet<>(categoryIds == null ? List.of() : categoryIds);
        if (codeTargets.isEmpty() && categoryTargets.isEmpty()) {
            throw new DomainException(MemoError.MEMO_TARGETS_REQUIRED, "Name at least one code or category");
        }
        if (codeTargets.size() + categoryTargets.size() > properties.maxTargets()) {
            throw new DomainException(
                    MemoError.TOO_MANY_MEMO_TARGETS,
                    "At most " + properties.maxTargets() + " codes and categories per request",
                    Map.of("max_targets", properties.maxTargets()));
        }
        Set<UUID> known = new HashSet<>();
        codes.codes(projectId).forEach(c -> known.add(c.id()));
        if (!known.containsAll(codeTargets)) {
            throw DomainException.notFound("Code");
        }
        known.clear();
        categories.categories(projectId).forEach(c -> known.add(c.id()));
        if (!known.containsAll(categoryTargets)) {
            throw DomainException.notFound("Category");
        }
    }

    @Override
    public MemoDraftOutcome draft(CodingRun run, List<UUID> codeIds, List<UUID> categoryIds) {
        if (!run.access().remote()) {
            throw new DomainException(
                    MemoError.MEMO_DRAFTING_NEEDS_MODEL, "Drafting memos needs a language model; none is configured");
        }
        MemoSubjects data = load(run.projectId());
        List<MemoSubjects.Target> targets = new ArrayList<>();
        new LinkedHashSet<>(codeIds == null ? List.<UUID>of() : codeIds)
                .forEach(id -> targets.add(new MemoSubjects.Target(id, null)));
        new LinkedHashSet<>(categoryIds == null ? List.<UUID>of() : categoryIds)
                .forEach(id -> targets.add(new MemoSubjects.Target(null, id)));
        return draftAll(run, data, targets);
    }

    @Override
    public MemoDraftOutcome draftForProject(CodingRun run) {
        if (!run.access().remote()) {
            return MemoDraftOutcome.none();
        }
        MemoSubjects data = load(run.projectId());
        List<MemoSubjects.Target> targets = new ArrayList<>();
        data.codesByUse().stream()
                .limit(properties.topCodes())
                .forEach(id -> targets.add(new MemoSubjects.Target(id, null)));
        data.categoriesByUse().stream()
                .limit(properties.maxCategories())
                .forEach(id -> targets.add(new MemoSubjects.Target(null, id)));
        return draftAll(run, data, targets);
    }

    private MemoSubjects load(UUID projectId) {
        ProjectInfo project = directory.project(projectId).orElseThrow(() -> DomainException.notFound("Project"));
        Map<UUID, Scoped> byId = new HashMap<>();
        fragments.ofProject(projectId, project.language()).forEach(f -> byId.put(f.id(), f));
        Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
        List<CodeRow> codeRows = codes.codes(projectId);
        List<CategoryRow> categoryRows = categories.categories(projectId);
        List<Application> applications = this.applications.applications(projectId);
        return new MemoSubjects(
                project, byId, interviews, codeRows, categoryRows, categories.relations(projectId), applications);
    }

    private MemoDraftOutcome draftAll(CodingRun run, MemoSubjects data, List<MemoSubjects.Target> targets) {
        if (targets.isEmpty()) {
            return MemoDraftOutcome.none();
        }
        UUID coderId =
                coders.model(data.project().id(), run, ModelRole.REASONING).id();
        Counts counts = new Counts();
        DomainException firstFailure = null;
        int attempted = 0;
        for (int i = 0; i < targets.size(); i++) {
            MemoSubjects.Target target = targets.get(i);
            run.progress().report(STAGE + ": " + (i + 1) + "/" + targets.size(), i * 100 / targets.size());
            List<Scoped> shown = data.pick(target, properties.fragmentsPerMemo());
            if (shown.isEmpty()) {
                counts.skipped++;
                continue;
            }
            attempted++;
            Map<String, UUID> shortIds = new LinkedHashMap<>();
            StringBuilder lines = new StringBuilder();
            for (Scoped fragment : shown) {
                String id = "f" + (shortIds.size() + 1);
                shortIds.put(id, fragment.id());
                lines.append(LlmOpenCoding.line(id, fragment)).append('\n');
            }
            MemoReply reply;
            try {
                reply = llm.call(request(data, target, lines.toString().strip()), run.llm())
                        .output();
            } catch (DomainException e) {
                BatchFailures.rethrowIfRunEnds(e);
                log.warn(
                        "memo drafting failed project_id={} error_code={}",
                        data.project().id(),
                        e.errorCode());
                counts.failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
                continue;
            }
            MemoWriter.Written written = MemoWriter.write(
                    reply,
                    shortIds,
                    data.fragments(),
                    data.interviews(),
                    data.project().language());
            counts.add(written);
            if (written.kept() == 0) {
                counts.skipped++;
                continue;
            }
            MemoService.Replaced stored = transactions.execute(s -> memos.storeDraft(
                    data.project().id(),
                    target.codeId(),
                    target.categoryId(),
                    coderId,
                    data.title(target),
                    written.body(),
                    written.citations()));
            counts.drafted++;
            counts.replaced += stored.removed();
        }
        if (attempted > 0 && counts.failed == attempted) {
            throw firstFailure;
        }
        MemoDraftOutcome outcome = counts.outcome();
        log.info("memo drafting done project_id={} outcome={}", data.project().id(), outcome);
        return outcome;
    }

    private LlmRequest<MemoReply> request(MemoSubjects data, MemoSubjects.Target target, String fragmentLines) {
        ProjectInfo project = data.project();
        return LlmRequest.builder(STAGE, ModelRole.REASONING, MemoReply.class)
                .prompt("memo_drafting/memo_drafting")
                .language(project.language())
                .domainTemplate(project.domainTemplate())
                .variable("research_question", project.promptQuestion())
                .variable("memo_kind", data.kind(target))
                .variable("subject", data.subject(target))
                .variable("related", data.related(target))
                .variable("fragments", fragmentLines)
                .maxOutputTokens(properties.maxOutputTokens())
                .build();
    }

    private static final class Counts {
        int drafted;
        int replaced;
        int skipped;
        int failed;
        int kept;
        int dropped;
        int unknown;
        int notVerbatim;

        void add(MemoWriter.Written written) {
            kept += written.kept();
            dropped += written.dropped();
            unknown += written.unknown();
            notVerbatim += written.notVerbatim();
        }

        MemoDraftOutcome outcome() {
            return new MemoDraftOutcome(drafted, replaced, skipped, failed, kept, dropped, unknown, notVerbatim);
        }
    }
}
