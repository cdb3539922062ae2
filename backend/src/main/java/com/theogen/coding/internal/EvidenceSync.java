package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.evidence.CodingChanged;
import com.theogen.evidence.CodingSource;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.GraphBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces coding changes ({@link CodingChanged}, docs/adr/047) and pushes committed coding to the evidence stores
 * when the evidence module asks: the fragments' code and category ids in the vector index, and codes, categories
 * and fragment-to-code links in the graph. What was pushed is remembered in PostgreSQL ({@link EvidencePushes},
 * docs/adr/042), so a push writes only the fragments whose coding differs from what the stores were last given,
 * and the codebook nodes only when they changed; a store whose generation changed (an in-process graph after a
 * restart, a recreated index, a wiped database) gets every coded fragment again. A failed push records nothing;
 * the evidence module keeps the change and pushes its project again. Pushes of one project are serialised in this
 * process, so what is recorded is what the stores hold.
 */
@Component
class EvidenceSync {

    private static final Logger log = LoggerFactory.getLogger(EvidenceSync.class);

    private final Evidence evidence;
    private final CodingReader state;
    private final ProjectDirectory directory;
    private final EvidencePushes pushes;
    private final ApplicationEventPublisher events;
    private final ConcurrentHashMap<UUID, Object> locks = new ConcurrentHashMap<>();

    EvidenceSync(
            Evidence evidence,
            CodingReader state,
            ProjectDirectory directory,
            EvidencePushes pushes,
            ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.state = state;
        this.directory = directory;
        this.pushes = pushes;
        this.events = events;
    }

    /**
     * Announces that the coding of these fragments (and maybe the project's codes and categories) changed, in the
     * current transaction: the evidence module records the change with it and pushes it after commit, or later
     * from its reconciler (docs/adr/047).
     */
    void touched(UUID projectId, Collection<UUID> fragmentIds) {
        events.publishEvent(CodingChanged.of(projectId, fragmentIds));
    }

    /** Brings the stores up to date with the coding of these fragments; failures propagate. */
    void pushFragments(UUID projectId, Collection<UUID> fragmentIds) {
        push(projectId, Set.copyOf(fragmentIds));
    }

    /**
     * Brings the stores up to date with the project's whole coding, writing only what differs from the last push;
     * failures propagate. Returns how many fragments were written (to either store).
     */
    int pushProject(UUID projectId) {
        return push(projectId, null);
    }

    /**
     * @param only the fragments to consider, or null for the whole project. When a store is not in step with the
     *     record (no record yet, or its generation changed) it gets every coded fragment, and every fragment pushed
     *     as coded before, whatever {@code only} says, and the record starts afresh.
     */
    private int push(UUID projectId, Set<UUID> only) {
        synchronized (locks.computeIfAbsent(projectId, id -> new Object())) {
            CodingSnapshot snapshot = state.snapshot(projectId);
            Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
            Evidence.Generations now = evidence.generations();
            Optional<EvidencePushes.Marker> marker = pushes.marker(projectId);
            FragmentCodings current = FragmentCodings.of(snapshot);
            long codebook = codebookHash(snapshot, interviews);
            boolean indexAll =
                    marker.map(m -> !m.indexGeneration().equals(now.index())).orElse(true);
            boolean graphAll =
                    marker.map(m -> !m.graphGeneration().equals(now.graph())).orElse(true);
            boolean inStep = !indexAll && !graphAll;
            Map<UUID, Long> pushed = marker.isPresent() ? pushes.fragments(projectId) : Map.of();
            Set<UUID> candidates =
                    only != null && inStep ? only : union(current.hashes().keySet(), pushed.keySet());
            if (only != null && !inStep) {
                candidates = union(candidates, only);
            }
            Set<UUID> changed = new LinkedHashSet<>();
            for (UUID fragment : candidates) {
                if (current.hash(fragment) != pushed.getOrDefault(fragment, EvidencePushes.UNCODED)) {
                    changed.add(fragment);
                }
            }
            Set<UUID> toIndex = indexAll ? candidates : changed;
            Set<UUID> toGraph = graphAll ? candidates : changed;
            boolean nodes = graphAll || marker.get().codebookHash() != codebook;
            if (!toIndex.isEmpty()) {
                evidence.updateCoding(projectId, current.codings(toIndex));
            }
            if (!toGraph.isEmpty() || nodes) {
                evidence.syncGraph(graphBatch(projectId, snapshot, interviews, current, toGraph, nodes));
            }
            EvidencePushes.Marker record = new EvidencePushes.Marker(now.index(), now.graph(), codebook);
            if (!inStep) {
                pushes.record(projectId, record, current.hashes(), true);
            } else if (nodes || !changed.isEmpty()) {
                Map<UUID, Long> written = new HashMap<>();
                changed.forEach(f -> written.put(f, current.hash(f)));
                pushes.record(projectId, record, written, false);
            }
            int written = union(toIndex, toGraph).size();
            log.debug(
                    "evidence push project_id={} scope={} fragments_written={} index_all={} graph_all={} nodes={}",
                    projectId,
                    only != null ? "touched" : "project",
                    written,
                    indexAll,
                    graphAll,
                    nodes);
            return written;
        }
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static GraphBatch graphBatch(
            UUID projectId,
            CodingSnapshot snapshot,
            Map<UUID, InterviewInfo> interviews,
            FragmentCodings current,
            Set<UUID> fragmentIds,
            boolean nodes) {
        List<GraphBatch.Fragment> fragmentNodes = new ArrayList<>();
        List<GraphBatch.FragmentCodes> links = new ArrayList<>();
        for (UUID fragment : fragmentIds) {
            UUID interview = current.interviewOf().get(fragment);
            if (interview != null) {
                fragmentNodes.add(new GraphBatch.Fragment(fragment, interview));
            }
            links.add(new GraphBatch.FragmentCodes(fragment, current.codesOf().getOrDefault(fragment, Set.of())));
        }
        return new GraphBatch(
                projectId,
                nodes
                        ? interviews.values().stream()
                                .map(i -> new GraphBatch.Interview(i.id(), i.participant()))
                                .toList()
                        : List.of(),
                fragmentNodes,
                nodes ? categoryNodes(snapshot) : List.of(),
                nodes ? codeNodes(snapshot) : List.of(),
                links);
    }

    private static List<GraphBatch.Category> categoryNodes(CodingSnapshot snapshot) {
        return snapshot.categories().stream()
                .map(c -> new GraphBatch.Category(c.id(), c.name()))
                .toList();
    }

    private static List<GraphBatch.Code> codeNodes(CodingSnapshot snapshot) {
        return snapshot.codes().stream()
                .map(c -> new GraphBatch.Code(c.id(), c.label(), c.categoryId()))
                .toList();
    }

    /** Hash of the nodes a push writes besides fragments: interviews, categories and codes with their category. */
    private static long codebookHash(CodingSnapshot snapshot, Map<UUID, InterviewInfo> interviews) {
        FragmentCodings.Hasher hasher = new FragmentCodings.Hasher();
        interviews.values().stream()
                .sorted(Comparator.comparing(InterviewInfo::id))
                .forEach(i -> hasher.add("i").add(i.id()).add(i.participant()));
        snapshot.categories().stream()
                .sorted(Comparator.comparing(CodingSnapshot.Category::id))
                .forEach(c -> hasher.add("k").add(c.id()).add(c.name()));
        snapshot.codes().stream()
                .sorted(Comparator.comparing(CodingSnapshot.Code::id))
                .forEach(c -> hasher.add("c").add(c.id()).add(c.label()).add(c.categoryId()));
        return hasher.value();
    }

    /** The coding state for the evidence module's rebuilds. */
    CodingSource.CodingState codingState(UUID projectId) {
        CodingSnapshot snapshot = state.snapshot(projectId);
        Map<UUID, Set<UUID>> codesOfFragment = new LinkedHashMap<>();
        snapshot.applications().forEach(a -> codesOfFragment
                .computeIfAbsent(a.fragmentId(), k -> new LinkedHashSet<>())
                .add(a.codeId()));
        return new CodingSource.CodingState(
                categoryNodes(snapshot),
                codeNodes(snapshot),
                codesOfFragment.entrySet().stream()
                        .map(e -> new GraphBatch.FragmentCodes(e.getKey(), e.getValue()))
                        .toList());
    }
}
