package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.evidence.CodingSource;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.GraphBatch;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes committed coding changes to the evidence stores: the fragments' code and category ids in the vector
 * index, and codes, categories and fragment-to-code links in the graph. Runs after the surrounding transaction
 * commits (at once when there is none). A failure never undoes the change: it is logged and the project is
 * remembered as out of date, so that its next sync pushes the whole project.
 */
@Component
class EvidenceSync {

    private static final Logger log = LoggerFactory.getLogger(EvidenceSync.class);

    private final Evidence evidence;
    private final CodingReader state;
    private final InterviewFragments fragments;
    private final ProjectDirectory directory;
    private final Set<UUID> outOfDate = ConcurrentHashMap.newKeySet();

    EvidenceSync(Evidence evidence, CodingReader state, InterviewFragments fragments, ProjectDirectory directory) {
        this.evidence = evidence;
        this.state = state;
        this.fragments = fragments;
        this.directory = directory;
    }

    /** Syncs the coding of these fragments (and every code and category of the project) after commit. */
    void touched(UUID projectId, Collection<UUID> fragmentIds) {
        Set<UUID> ids = Set.copyOf(fragmentIds);
        Runnable push = () -> {
            try {
                if (outOfDate.contains(projectId)) {
                    pushProject(projectId);
                } else {
                    push(projectId, ids);
                }
            } catch (RuntimeException e) {
                outOfDate.add(projectId);
                log.warn(
                        "evidence sync failed, project marked for a full sync project_id={} error={}",
                        projectId,
                        e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    push.run();
                }
            });
        } else {
            push.run();
        }
    }

    /** Pushes the whole project's coding; failures propagate. */
    void pushProject(UUID projectId) {
        List<UUID> all =
                fragments.ofProject(projectId).stream().map(Fragment::id).toList();
        push(projectId, new HashSet<>(all));
        outOfDate.remove(projectId);
    }

    boolean isOutOfDate(UUID projectId) {
        return outOfDate.contains(projectId);
    }

    private void push(UUID projectId, Set<UUID> fragmentIds) {
        CodingSnapshot snapshot = state.snapshot(projectId);
        Map<UUID, UUID> categoryOfCode = new LinkedHashMap<>();
        snapshot.codes().forEach(c -> categoryOfCode.put(c.id(), c.categoryId()));
        Map<UUID, Set<UUID>> codesOfFragment = new LinkedHashMap<>();
        Map<UUID, UUID> interviewOfFragment = new LinkedHashMap<>();
        snapshot.applications().forEach(a -> {
            if (fragmentIds.contains(a.fragmentId())) {
                codesOfFragment
                        .computeIfAbsent(a.fragmentId(), k -> new java.util.LinkedHashSet<>())
                        .add(a.codeId());
                interviewOfFragment.put(a.fragmentId(), a.interviewId());
            }
        });
        List<FragmentCoding> codings = new ArrayList<>();
        List<GraphBatch.FragmentCodes> links = new ArrayList<>();
        for (UUID fragmentId : fragmentIds) {
            Set<UUID> codes = codesOfFragment.getOrDefault(fragmentId, Set.of());
            List<UUID> categories = codes.stream()
                    .map(categoryOfCode::get)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            codings.add(new FragmentCoding(fragmentId, List.copyOf(codes), categories));
            links.add(new GraphBatch.FragmentCodes(fragmentId, codes));
        }
        if (!codings.isEmpty()) {
            evidence.updateCoding(projectId, codings);
        }
        Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
        evidence.syncGraph(new GraphBatch(
                projectId,
                interviews.values().stream()
                        .map(i -> new GraphBatch.Interview(i.id(), i.participant()))
                        .toList(),
                interviewOfFragment.entrySet().stream()
                        .map(e -> new GraphBatch.Fragment(e.getKey(), e.getValue()))
                        .toList(),
                snapshot.categories().stream()
                        .map(c -> new GraphBatch.Category(c.id(), c.name()))
                        .toList(),
                snapshot.codes().stream()
                        .map(c -> new GraphBatch.Code(c.id(), c.label(), c.categoryId()))
                        .toList(),
                links));
    }

    /** The coding state for the evidence module's rebuilds. */
    CodingSource.CodingState codingState(UUID projectId) {
        CodingSnapshot snapshot = state.snapshot(projectId);
        Map<UUID, Set<UUID>> codesOfFragment = new LinkedHashMap<>();
        snapshot.applications().forEach(a -> codesOfFragment
                .computeIfAbsent(a.fragmentId(), k -> new java.util.LinkedHashSet<>())
                .add(a.codeId()));
        return new CodingSource.CodingState(
                snapshot.categories().stream()
                        .map(c -> new GraphBatch.Category(c.id(), c.name()))
                        .toList(),
                snapshot.codes().stream()
                        .map(c -> new GraphBatch.Code(c.id(), c.label(), c.categoryId()))
                        .toList(),
                codesOfFragment.entrySet().stream()
                        .map(e -> new GraphBatch.FragmentCodes(e.getKey(), e.getValue()))
                        .toList());
    }
}
