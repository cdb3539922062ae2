package com.theogen.support;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.analyst.OfflineAxialGrouper;
import com.theogen.analyst.OfflineOpenCoder;
import com.theogen.analyst.OpenCodingRequest;
import com.theogen.analyst.OpenCodingResult;
import com.theogen.coding.AutoCoding;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.Codebooks;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.OpenCodingOutcome;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.GraphBatch;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test-only coding engine standing in for the coding module until its implementation is merged: the offline
 * analyst's open coder and axial grouper over the project's real fragments, the result kept in memory per project,
 * synced to the evidence graph. Tests can hold axial grouping of a project (to kill a worker mid-stage) and count
 * how often each step ran.
 */
public class OfflineTestCoding implements AutoCoding, Codebooks {

    private static final Map<UUID, CountDownLatch> HOLDS = new ConcurrentHashMap<>();
    private static final Map<UUID, CountDownLatch> HELD = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private final Map<UUID, CodingSnapshot> projects = new ConcurrentHashMap<>();
    private final OfflineOpenCoder coder;
    private final OfflineAxialGrouper grouper;
    private final InterviewFragments fragments;
    private final Evidence evidence;
    private final JdbcTemplate jdbc;

    public OfflineTestCoding(
            OfflineOpenCoder coder,
            OfflineAxialGrouper grouper,
            InterviewFragments fragments,
            Evidence evidence,
            JdbcTemplate jdbc) {
        this.coder = coder;
        this.grouper = grouper;
        this.fragments = fragments;
        this.evidence = evidence;
        this.jdbc = jdbc;
    }

    /** Makes the next axial grouping of {@code projectId} (only the next) wait until {@link #release}. */
    public static void holdAxialGrouping(UUID projectId) {
        HOLDS.put(projectId, new CountDownLatch(1));
    }

    public static void release(UUID projectId) {
        CountDownLatch latch = HELD.remove(projectId);
        if (latch == null) {
            latch = HOLDS.remove(projectId);
        }
        if (latch != null) {
            latch.countDown();
        }
    }

    /** How often {@code step} ({@code open_code}, {@code group_axially}) was entered for the project. */
    public static int calls(UUID projectId, String step) {
        AtomicInteger n = CALLS.get(projectId + ":" + step);
        return n == null ? 0 : n.get();
    }

    @Override
    public synchronized OpenCodingOutcome openCode(CodingRun run) {
        count(run.projectId(), "open_code");
        CodingSnapshot existing = snapshot(run.projectId());
        if (!existing.codes().isEmpty()) {
            return new OpenCodingOutcome(0, 0, 0, 0, 0, 0, 0, "offline");
        }
        run.progress().report("open_coding", 10);
        List<AnalystFragment> analystFragments = analystFragments(run.projectId());
        OpenCodingResult result = coder.code(
                new OpenCodingRequest(projectLanguage(run.projectId()), analystFragments, List.of(), List.of()));
        Map<UUID, UUID> interviewOf = new HashMap<>();
        analystFragments.forEach(f -> interviewOf.put(f.fragmentId(), f.interviewId()));
        List<CodingSnapshot.Code> codes = new ArrayList<>();
        List<CodingSnapshot.Application> applications = new ArrayList<>();
        for (OpenCodingResult.CodeDraft draft : result.codes()) {
            UUID codeId = UUID.randomUUID();
            codes.add(new CodingSnapshot.Code(
                    codeId, draft.label(), draft.definition(), CodingSnapshot.Origin.OFFLINE, null));
            for (OpenCodingResult.Application a : draft.applications()) {
                applications.add(new CodingSnapshot.Application(
                        UUID.randomUUID(),
                        codeId,
                        a.quote().fragmentId(),
                        interviewOf.get(a.quote().fragmentId()),
                        a.quote().text(),
                        a.quote().start(),
                        a.quote().end(),
                        a.confidence(),
                        CodingSnapshot.Origin.OFFLINE));
            }
        }
        projects.put(run.projectId(), new CodingSnapshot(run.projectId(), codes, List.of(), List.of(), applications));
        run.progress().report("open_coding", 100);
        return new OpenCodingOutcome(
                result.fragmentsExamined(),
                result.fragmentsCoded(),
                codes.size(),
                0,
                applications.size(),
                0,
                0,
                "offline");
    }

    @Override
    public AxialOutcome groupAxially(CodingRun run) {
        count(run.projectId(), "group_axially");
        CountDownLatch hold = HOLDS.remove(run.projectId());
        if (hold != null) {
            HELD.put(run.projectId(), hold);
            try {
                hold.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            CodingSnapshot current = snapshot(run.projectId());
            if (current.codes().stream().allMatch(c -> c.categoryId() != null)) {
                return new AxialOutcome(0, 0, 0, "none");
            }
            Map<UUID, List<UUID>> fragmentsOf = new HashMap<>();
            current.applications().forEach(a -> fragmentsOf
                    .computeIfAbsent(a.codeId(), k -> new ArrayList<>())
                    .add(a.fragmentId()));
            List<AxialGroupingRequest.AxialCode> axial = current.codes().stream()
                    .map(c -> new AxialGroupingRequest.AxialCode(
                            c.id(), c.label(), fragmentsOf.getOrDefault(c.id(), List.of()), null))
                    .toList();
            AxialGroupingResult result = grouper.group(new AxialGroupingRequest(
                    projectLanguage(run.projectId()), axial, List.of(), analystFragments(run.projectId())));
            Map<UUID, UUID> categoryOf = new HashMap<>();
            List<CodingSnapshot.Category> categories = new ArrayList<>();
            for (AxialGroupingResult.CategoryDraft draft : result.categories()) {
                UUID id = UUID.randomUUID();
                categories.add(new CodingSnapshot.Category(
                        id, draft.name(), draft.definition(), CodingSnapshot.Origin.OFFLINE));
                draft.codeIds().forEach(code -> categoryOf.put(code, id));
            }
            List<CodingSnapshot.Code> codes = current.codes().stream()
                    .map(c -> new CodingSnapshot.Code(
                            c.id(), c.label(), c.definition(), c.origin(), categoryOf.get(c.id())))
                    .toList();
            projects.put(
                    run.projectId(),
                    new CodingSnapshot(run.projectId(), codes, categories, List.of(), current.applications()));
            return new AxialOutcome(categories.size(), categoryOf.size(), 0, "offline");
        }
    }

    @Override
    public CodingSnapshot snapshot(UUID projectId) {
        return projects.getOrDefault(
                projectId, new CodingSnapshot(projectId, List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public void syncEvidence(UUID projectId) {
        CodingSnapshot snapshot = snapshot(projectId);
        List<Fragment> all = fragments.ofProject(projectId);
        Set<UUID> interviews = new HashSet<>();
        all.forEach(f -> interviews.add(f.interviewId()));
        Map<UUID, Set<UUID>> codesOf = new HashMap<>();
        snapshot.applications().forEach(a -> codesOf.computeIfAbsent(a.fragmentId(), k -> new HashSet<>())
                .add(a.codeId()));
        evidence.syncGraph(new GraphBatch(
                projectId,
                interviews.stream()
                        .map(id -> new GraphBatch.Interview(id, id.toString()))
                        .toList(),
                all.stream()
                        .map(f -> new GraphBatch.Fragment(f.id(), f.interviewId()))
                        .toList(),
                snapshot.categories().stream()
                        .map(c -> new GraphBatch.Category(c.id(), c.name()))
                        .toList(),
                snapshot.codes().stream()
                        .map(c -> new GraphBatch.Code(c.id(), c.label(), c.categoryId()))
                        .toList(),
                codesOf.entrySet().stream()
                        .map(e -> new GraphBatch.FragmentCodes(e.getKey(), e.getValue()))
                        .toList()));
    }

    private List<AnalystFragment> analystFragments(UUID projectId) {
        Map<UUID, Language> languages = new HashMap<>();
        jdbc.query(
                "SELECT id, language FROM interviews WHERE project_id = ?",
                rs -> {
                    languages.put(
                            rs.getObject("id", UUID.class),
                            Language.valueOf(rs.getString("language").toUpperCase(Locale.ROOT)));
                },
                projectId);
        Language fallback = projectLanguage(projectId);
        return fragments.ofProject(projectId).stream()
                .map(f -> {
                    String speaker = f.speaker() == null ? "" : f.speaker();
                    boolean interviewer = speaker.matches("(?iu)(interviewer.*|entrevistador.*|e|i)");
                    return new AnalystFragment(
                            f.id(),
                            f.interviewId(),
                            speaker,
                            interviewer,
                            languages.getOrDefault(f.interviewId(), fallback),
                            f.text());
                })
                .toList();
    }

    private Language projectLanguage(UUID projectId) {
        String code = jdbc.queryForObject("SELECT language FROM projects WHERE id = ?", String.class, projectId);
        return Language.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static void count(UUID projectId, String step) {
        CALLS.computeIfAbsent(projectId + ":" + step, k -> new AtomicInteger()).incrementAndGet();
    }
}
