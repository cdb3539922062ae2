package com.theogen.coding.internal;

import com.theogen.coding.CodingCoverage;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.interview.Fragment;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Coverage counts (docs/adr/011) and researchers' not-relevant marks. */
@Service
class CoverageService implements CodingCoverage {

    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final ReviewMarks codes;
    private final CoderStore coders;
    private final EvidenceSync sync;

    CoverageService(
            CodingAccess access,
            ProjectDirectory directory,
            CodingFragments fragments,
            ReviewMarks codes,
            CoderStore coders,
            EvidenceSync sync) {
        this.access = access;
        this.directory = directory;
        this.fragments = fragments;
        this.codes = codes;
        this.coders = coders;
        this.sync = sync;
    }

    @Override
    public Coverage coverage(UUID userId, UUID projectId, List<UUID> layers) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        coders.requireKnown(projectId, layers);
        ProjectInfo project = directory.project(projectId).orElseThrow(() -> DomainException.notFound("Project"));
        List<Scoped> all = fragments.ofProject(projectId, project.language());
        Set<UUID> coded = codes.codedFragments(projectId, layers);
        Map<UUID, String> marks = codes.marks(projectId, layers);
        Map<UUID, int[]> perInterview = new LinkedHashMap<>();
        Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
        interviews.keySet().forEach(id -> perInterview.put(id, new int[5]));
        int[] total = new int[5];
        for (Scoped fragment : all) {
            int bucket = bucket(fragment, coded, marks);
            perInterview.computeIfAbsent(fragment.fragment().interviewId(), k -> new int[5])[bucket]++;
            total[bucket]++;
        }
        List<InterviewCoverage> rows = new ArrayList<>();
        perInterview.forEach((id, c) -> rows.add(new InterviewCoverage(
                id, interviews.containsKey(id) ? interviews.get(id).participant() : "", counts(c))));
        return new Coverage(projectId, counts(total), rows);
    }

    @Override
    public String setNotRelevant(UUID userId, UUID fragmentId, boolean notRelevant) {
        Fragment fragment = access.fragment(fragmentId, userId, ProjectRole.CODER);
        UUID coderId = coders.user(fragment.projectId(), userId).id();
        codes.setNotRelevant(fragment.projectId(), fragment.interviewId(), fragmentId, coderId, notRelevant);
        sync.touched(fragment.projectId(), List.of());
        if (codes.codedFragments(fragment.projectId()).contains(fragmentId)) {
            return "coded";
        }
        return codes.marks(fragment.projectId()).getOrDefault(fragmentId, "unexamined");
    }

    @Override
    public List<FragmentState> states(UUID userId, UUID interviewId, List<UUID> layers) {
        UUID projectId = directory.projectOf(interviewId).orElseThrow(() -> DomainException.notFound("Interview"));
        access.require(projectId, userId, ProjectRole.VIEWER, "Interview");
        coders.requireKnown(projectId, layers);
        ProjectInfo project = directory.project(projectId).orElseThrow(() -> DomainException.notFound("Interview"));
        Set<UUID> coded = codes.codedFragments(projectId, layers);
        Map<UUID, String> marks = codes.marks(projectId, layers);
        return fragments.ofProject(projectId, project.language()).stream()
                .filter(f -> f.fragment().interviewId().equals(interviewId))
                .map(f -> new FragmentState(f.id(), state(f, coded, marks)))
                .toList();
    }

    private static String state(Scoped fragment, Set<UUID> coded, Map<UUID, String> marks) {
        if (coded.contains(fragment.id())) {
            return "coded";
        }
        if (fragment.interviewer()) {
            return "interviewer";
        }
        return marks.getOrDefault(fragment.id(), "unexamined");
    }

    /** 0 coded, 1 not relevant (a researcher said so), 2 examined with nothing to code, 3 unexamined, 4 interviewer. */
    private static int bucket(Scoped fragment, Set<UUID> coded, Map<UUID, String> marks) {
        if (coded.contains(fragment.id())) {
            return 0;
        }
        if (fragment.interviewer()) {
            return 4;
        }
        String mark = marks.get(fragment.id());
        if (mark == null) {
            return 3;
        }
        return "not_relevant".equals(mark) ? 1 : 2;
    }

    private static Counts counts(int[] c) {
        return Counts.of(c[0], c[1], c[2], c[3], c[4]);
    }
}
