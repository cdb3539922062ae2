package com.theogen.coding.internal;

import com.theogen.coding.CodebookError;
import com.theogen.coding.CodebookOutcome;
import com.theogen.coding.Coder;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.ApplicationStore.NewApplication;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodeStore.Criteria;
import com.theogen.coding.internal.CodebookMatcher.Profile;
import com.theogen.coding.internal.CodebookMatcher.Unit;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.evidence.Embedder;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Codebook-driven (deductive) coding (docs/adr/026): applies the project's existing codes to its participant
 * fragments instead of inventing codes, in the machine coder's own layer. A run replaces that coder's earlier
 * applications of the same codes on the same fragments; people's and imported coders' applications are never
 * touched. Offline, {@link CodebookMatcher} scores each fragment against each code; each interview's thresholds
 * are calibrated on the reference person's coding of the project's <em>other</em> interviews (leave one interview
 * out), so no fragment is coded with thresholds fitted on its own interview's human coding.
 */
@Component
class CodebookCoding {

    private static final Logger log = LoggerFactory.getLogger(CodebookCoding.class);

    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CoderStore coders;
    private final Embedder embedder;
    private final RunCoders runCoders;
    private final LlmCodebookCoding model;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;

    CodebookCoding(
            ProjectDirectory directory,
            CodingFragments fragments,
            CodeStore codes,
            ApplicationStore applications,
            CoderStore coders,
            Embedder embedder,
            RunCoders runCoders,
            LlmCodebookCoding model,
            EvidenceSync sync,
            TransactionTemplate transactions) {
        this.directory = directory;
        this.fragments = fragments;
        this.codes = codes;
        this.applications = applications;
        this.coders = coders;
        this.embedder = embedder;
        this.runCoders = runCoders;
        this.model = model;
        this.sync = sync;
        this.transactions = transactions;
    }

    /**
     * The codes a run would apply: {@code codeIds} (all the project's codes when null or empty).
     *
     * @throws DomainException {@code CODEBOOK_EMPTY} when the project has no code or none of {@code codeIds} is
     *     one; {@code UNKNOWN_CODES} naming the ids that are not codes of the project
     */
    List<CodeRow> codebook(UUID projectId, List<UUID> codeIds) {
        List<CodeRow> all = codes.codes(projectId);
        if (codeIds == null || codeIds.isEmpty()) {
            if (all.isEmpty()) {
                throw new DomainException(CodebookError.CODEBOOK_EMPTY, "The project has no codes to code with");
            }
            return all;
        }
        Map<UUID, CodeRow> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<UUID> wanted = new LinkedHashSet<>(codeIds);
        List<String> unknown = wanted.stream()
                .filter(id -> !byId.containsKey(id))
                .map(UUID::toString)
                .toList();
        if (unknown.size() == wanted.size()) {
            throw new DomainException(
                    CodebookError.CODEBOOK_EMPTY,
                    "None of the code_ids is a code of this project",
                    Map.of("unknown_code_ids", unknown));
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(
                    CodebookError.UNKNOWN_CODES,
                    "Not codes of this project: " + String.join(", ", unknown),
                    Map.of("unknown_code_ids", unknown));
        }
        return wanted.stream().map(byId::get).toList();
    }

    CodebookOutcome code(CodingRun run, List<UUID> interviewIds, List<UUID> codeIds) {
        ProjectInfo project = directory.project(run.projectId()).orElseThrow(() -> DomainException.notFound("Project"));
        List<CodeRow> codebook = codebook(project.id(), codeIds);
        List<Scoped> participants = fragments.ofProject(project.id(), project.language()).stream()
                .filter(f -> !f.interviewer() && !f.fragment().text().isBlank())
                .toList();
        Set<UUID> interviews = interviewIds == null ? Set.of() : new HashSet<>(interviewIds);
        List<Scoped> scope = participants.stream()
                .filter(f ->
                        interviews.isEmpty() || interviews.contains(f.fragment().interviewId()))
                .toList();
        Map<UUID, Criteria> criteria = codes.criteria(project.id());
        List<Profile> profiles = codebook.stream()
                .map(c -> profile(c, criteria.getOrDefault(c.id(), new Criteria("", "", List.of()))))
                .toList();
        int withoutDefinition =
                (int) profiles.stream().filter(p -> p.definition().isBlank()).count();
        Coder coder = runCoders.coding(project.id(), run);
        Set<UUID> codeSet = new HashSet<>();
        codebook.forEach(c -> codeSet.add(c.id()));
        Reference reference = reference(project.id(), codeSet);
        List<UUID> scopeIds = scope.stream().map(Scoped::id).toList();
        transactions.executeWithoutResult(s -> applications.deleteCoderApplications(coder.id(), codeSet, scopeIds));
        Result result = run.access().remote()
                ? model.code(project, scope, profiles, run, coder.id())
                : offline(project, participants, scope, profiles, reference, run);
        List<NewApplication> rows = new ArrayList<>(result.applications());
        int written = transactions.execute(s -> applications.insertApplications(
                project.id(),
                rows.stream()
                        .map(a -> a.inLayer(run.access().remote() ? Origin.AI : Origin.OFFLINE, coder.id()))
                        .toList()));
        Set<UUID> coded = new HashSet<>();
        rows.forEach(a -> coded.add(a.fragmentId()));
        Set<UUID> touched = new HashSet<>(scopeIds);
        sync.touched(project.id(), touched);
        CodebookOutcome outcome = new CodebookOutcome(
                scope.size(),
                coded.size(),
                written,
                profiles.size(),
                withoutDefinition,
                result.calibratedInterviews(),
                result.quotesDropped(),
                result.inventedDropped(),
                result.failedBatches(),
                run.access().remote() ? "llm" : "offline",
                coder.id(),
                reference.coderId());
        log.info("codebook coding done project_id={} outcome={}", project.id(), outcome);
        return outcome;
    }

    /** What an engine produced; applications carry no coder yet. */
    record Result(
            List<NewApplication> applications,
            int calibratedInterviews,
            int quotesDropped,
            int inventedDropped,
            int failedBatches) {}

    /** The person whose coding calibrates thresholds: the one with most applications of these codes. */
    record Reference(UUID coderId, Map<UUID, Set<UUID>> codesByFragment, Set<UUID> interviews) {}

    Reference reference(UUID projectId, Set<UUID> codeSet) {
        Set<UUID> people = new HashSet<>();
        coders.coders(projectId).stream().filter(c -> !c.kind().machine()).forEach(c -> people.add(c.id()));
        List<Application> applications = this.applications.applications(projectId).stream()
                .filter(a -> people.contains(a.coderId()) && codeSet.contains(a.codeId()))
                .toList();
        Map<UUID, Integer> counts = new HashMap<>();
        applications.forEach(a -> counts.merge(a.coderId(), 1, Integer::sum));
        UUID best = counts.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey()
                        .toString()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        Map<UUID, Set<UUID>> byFragment = new HashMap<>();
        Set<UUID> interviews = new HashSet<>();
        applications.stream().filter(a -> a.coderId().equals(best)).forEach(a -> {
            byFragment.computeIfAbsent(a.fragmentId(), k -> new HashSet<>()).add(a.codeId());
            interviews.add(a.interviewId());
        });
        return new Reference(best, byFragment, interviews);
    }

    private Result offline(
            ProjectInfo project,
            List<Scoped> participants,
            List<Scoped> scope,
            List<Profile> profiles,
            Reference reference,
            CodingRun run) {
        Set<UUID> scopeInterviews = new HashSet<>();
        scope.forEach(f -> scopeInterviews.add(f.fragment().interviewId()));
        List<Scoped> units = participants.stream()
                .filter(f -> scopeInterviews.contains(f.fragment().interviewId())
                        || reference.interviews().contains(f.fragment().interviewId()))
                .toList();
        run.progress().report("codebook_coding: scoring", 5);
        CodebookMatcher matcher = new CodebookMatcher(
                project.language(),
                profiles,
                units.stream()
                        .map(f -> new Unit(
                                f.id(), f.fragment().interviewId(), f.fragment().text()))
                        .toList(),
                embedder::embedAll);
        run.progress().report("codebook_coding: applying", 70);
        Map<UUID, Map<UUID, Double>> thresholdsByInterview = new HashMap<>();
        int calibrated = 0;
        for (UUID interview : scopeInterviews) {
            List<Integer> calibration = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                UUID other = units.get(u).fragment().interviewId();
                if (!other.equals(interview) && reference.interviews().contains(other)) {
                    calibration.add(u);
                }
            }
            calibrated += calibration.isEmpty() ? 0 : 1;
            thresholdsByInterview.put(interview, matcher.thresholds(calibration, reference.codesByFragment()));
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            position.put(units.get(u).id(), u);
        }
        List<NewApplication> applications = new ArrayList<>();
        for (Scoped fragment : scope) {
            int u = position.get(fragment.id());
            Map<UUID, Double> thresholds =
                    thresholdsByInterview.get(fragment.fragment().interviewId());
            for (UUID code : matcher.decide(u, thresholds)) {
                int p = indexOf(profiles, code);
                String text = fragment.fragment().text();
                applications.add(new NewApplication(
                        code,
                        fragment.id(),
                        fragment.fragment().interviewId(),
                        text,
                        0,
                        text.length(),
                        Math.max(0, Math.min(1, matcher.score(u, p))),
                        Origin.OFFLINE,
                        null));
            }
        }
        return new Result(applications, calibrated, 0, 0, 0);
    }

    private static int indexOf(List<Profile> profiles, UUID code) {
        for (int p = 0; p < profiles.size(); p++) {
            if (profiles.get(p).codeId().equals(code)) {
                return p;
            }
        }
        throw new IllegalStateException("code not in the codebook: " + code);
    }

    static Profile profile(CodeRow code, Criteria criteria) {
        return new Profile(
                code.id(),
                code.label(),
                code.definition() == null ? "" : code.definition().strip(),
                criteria.inclusion() == null ? "" : criteria.inclusion().strip(),
                criteria.exclusion() == null ? "" : criteria.exclusion().strip(),
                criteria.examples() == null ? List.of() : criteria.examples());
    }
}
