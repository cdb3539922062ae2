package com.theogen.evidence.internal.sync;

import com.theogen.evidence.CodingSource;
import com.theogen.evidence.CodingSource.CodingState;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.interview.Fragment;
import com.theogen.interview.InterviewFragments;
import com.theogen.interview.InterviewSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads what the evidence stores should hold from PostgreSQL, the system of record: interviews and fragments
 * from the interview module, coding from the {@link CodingSource}. The source is looked up when first read, not
 * injected: the coding module's implementation needs {@code Evidence}, which needs this reader (through the
 * in-process graph's warm-up).
 */
public class ProjectReader {

    private final InterviewFragments interviews;
    private final ObjectProvider<CodingSource> coding;

    public ProjectReader(InterviewFragments interviews, ObjectProvider<CodingSource> coding) {
        this.interviews = interviews;
        this.coding = coding;
    }

    /** Everything of the project. */
    public ProjectSnapshot snapshot(UUID projectId) {
        List<InterviewSummary> summaries = interviews.interviewsOf(projectId);
        List<Fragment> fragments = interviews.ofProject(projectId);
        return build(projectId, summaries, fragments, coding(projectId));
    }

    /** One interview of the project; empty when it no longer exists. */
    public Optional<ProjectSnapshot> interview(UUID projectId, UUID interviewId) {
        Optional<InterviewSummary> summary = interviews.interviewsOf(projectId).stream()
                .filter(i -> i.id().equals(interviewId))
                .findFirst();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        List<Fragment> fragments = interviews.ofInterview(interviewId);
        return Optional.of(build(projectId, List.of(summary.get()), fragments, coding(projectId)));
    }

    /** The project's graph only (no fragment texts are needed for it). */
    public GraphBatch graph(UUID projectId) {
        return snapshot(projectId).graph();
    }

    private CodingState coding(UUID projectId) {
        CodingSource source = coding.getIfAvailable();
        return source == null ? new CodingState(List.of(), List.of(), List.of()) : source.coding(projectId);
    }

    private static ProjectSnapshot build(
            UUID projectId, List<InterviewSummary> summaries, List<Fragment> fragments, CodingState coding) {
        Map<UUID, InterviewSummary> byId = new HashMap<>();
        summaries.forEach(s -> byId.put(s.id(), s));
        Map<UUID, UUID> categoryOfCode = new HashMap<>();
        coding.codes().forEach(c -> {
            if (c.categoryId() != null) {
                categoryOfCode.put(c.id(), c.categoryId());
            }
        });
        Map<UUID, Set<UUID>> codesOfFragment = new HashMap<>();
        coding.fragmentCodes().forEach(fc -> codesOfFragment.put(fc.fragmentId(), fc.codeIds()));

        List<IndexedFragment> indexed = new ArrayList<>(fragments.size());
        List<GraphBatch.Fragment> nodes = new ArrayList<>(fragments.size());
        for (Fragment f : fragments) {
            InterviewSummary interview = byId.get(f.interviewId());
            if (interview == null) {
                continue; // deleted between the two reads
            }
            List<UUID> codeIds = codesOfFragment.getOrDefault(f.id(), Set.of()).stream()
                    .sorted()
                    .toList();
            Set<UUID> categoryIds = new LinkedHashSet<>();
            codeIds.stream()
                    .map(categoryOfCode::get)
                    .filter(c -> c != null)
                    .sorted()
                    .forEach(categoryIds::add);
            indexed.add(new IndexedFragment(
                    projectId,
                    f.interviewId(),
                    f.id(),
                    f.speaker(),
                    interview.language(),
                    f.text(),
                    codeIds,
                    List.copyOf(categoryIds)));
            nodes.add(new GraphBatch.Fragment(f.id(), f.interviewId()));
        }
        Set<UUID> fragmentIds = new java.util.HashSet<>();
        nodes.forEach(n -> fragmentIds.add(n.id()));
        Predicate<GraphBatch.FragmentCodes> ours = fc -> fragmentIds.contains(fc.fragmentId());
        GraphBatch graph = new GraphBatch(
                projectId,
                summaries.stream()
                        .map(s -> new GraphBatch.Interview(s.id(), label(s)))
                        .toList(),
                nodes,
                coding.categories(),
                coding.codes(),
                coding.fragmentCodes().stream().filter(ours).toList());
        return new ProjectSnapshot(projectId, indexed, graph);
    }

    /** What a researcher calls the interview: its participant pseudonym, else its file name. */
    public static String label(InterviewSummary summary) {
        return summary.participant() == null || summary.participant().isBlank()
                ? summary.sourceFilename()
                : summary.participant();
    }
}
