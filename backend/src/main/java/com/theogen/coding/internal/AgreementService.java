package com.theogen.coding.internal;

import com.theogen.coding.AgreementError;
import com.theogen.coding.AgreementRequest;
import com.theogen.coding.AgreementResult;
import com.theogen.coding.Coder;
import com.theogen.coding.CoderAgreement;
import com.theogen.coding.agreement.Agreement;
import com.theogen.coding.agreement.AgreementReport;
import com.theogen.coding.agreement.CodedSpan;
import com.theogen.coding.agreement.ComparisonInput;
import com.theogen.coding.agreement.FragmentUnit;
import com.theogen.coding.agreement.UnitMode;
import com.theogen.coding.internal.AgreementStore.CodeInfo;
import com.theogen.coding.internal.AgreementStore.StoredApplication;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.interview.Fragment;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement reports over a project's stored coding: checks the request against the project, turns fragments and
 * applications into the statistics library's input (docs/adr/024) and its report into the API view.
 */
@Service
class AgreementService implements CoderAgreement {

    private final CodingAccess access;
    private final ProjectDirectory directory;
    private final CodingFragments fragments;
    private final CoderStore coders;
    private final AgreementStore store;

    AgreementService(
            CodingAccess access,
            ProjectDirectory directory,
            CodingFragments fragments,
            CoderStore coders,
            AgreementStore store) {
        this.access = access;
        this.directory = directory;
        this.fragments = fragments;
        this.coders = coders;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public AgreementResult compare(UUID userId, UUID projectId, AgreementRequest request) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        UnitMode unit = unit(request.unit());
        if (request.coderA().equals(request.coderB())) {
            throw new DomainException(
                    AgreementError.SAME_CODER, "coder_a and coder_b are the same coder; pick two different coders");
        }
        coders.requireKnown(projectId, List.of(request.coderA(), request.coderB()));
        Map<UUID, Coder> known = new HashMap<>();
        coders.coders(projectId).forEach(c -> known.put(c.id(), c));
        ProjectInfo project = directory.project(projectId).orElseThrow(() -> DomainException.notFound("Project"));
        Map<UUID, InterviewInfo> interviews = directory.interviews(projectId);
        List<UUID> interviewIds = distinct(request.interviewIds());
        UnknownIds.require(
                interviewIds, interviews.keySet(), AgreementError.UNKNOWN_INTERVIEW, "interview_ids", "interviews");
        Map<UUID, CodeInfo> codes = store.codes(projectId);
        List<UUID> codeIds = distinct(request.codeIds());
        UnknownIds.require(codeIds, codes.keySet(), AgreementError.UNKNOWN_CODE, "code_ids", "codes");

        Set<UUID> inScope = interviewIds.isEmpty() ? interviews.keySet() : Set.copyOf(interviewIds);
        Map<UUID, Scoped> scoped = new HashMap<>();
        Map<UUID, FragmentUnit> units = new LinkedHashMap<>();
        for (Scoped f : fragments.ofProject(projectId, project.language())) {
            Fragment fragment = f.fragment();
            if (inScope.contains(fragment.interviewId()) && fragment.charEnd() > fragment.charStart()) {
                scoped.put(f.id(), f);
                units.put(
                        f.id(),
                        new FragmentUnit(
                                f.id(),
                                fragment.interviewId(),
                                fragment.charStart(),
                                fragment.charEnd(),
                                f.interviewer()));
            }
        }
        List<CodedSpan> spansA = spans(projectId, request.coderA(), units);
        List<CodedSpan> spansB = spans(projectId, request.coderB(), units);
        boolean interviewer = Boolean.TRUE.equals(request.includeInterviewer());
        AgreementReport report = Agreement.compare(new ComparisonInput(
                List.copyOf(units.values()), spansA, spansB, codeIds.isEmpty() ? null : codeIds, unit, interviewer));
        return new AgreementViews(codes, scoped, interviews)
                .result(known.get(request.coderA()), known.get(request.coderB()), report);
    }

    /** One coder's applications on the fragments in scope, as spans of their interviews. */
    private List<CodedSpan> spans(UUID projectId, UUID coderId, Map<UUID, FragmentUnit> units) {
        List<CodedSpan> spans = new ArrayList<>();
        for (StoredApplication a : store.applications(projectId, coderId)) {
            FragmentUnit fragment = units.get(a.fragmentId());
            CodedSpan span = fragment == null ? null : span(a, fragment);
            if (span != null) {
                spans.add(span);
            }
        }
        return spans;
    }

    /**
     * The stored quote as a span of the interview, clipped to its fragment; {@code null} for an empty one. Offsets
     * are written by the quote locator and stay inside the fragment, so the clip only guards against a bad row.
     */
    private static CodedSpan span(StoredApplication a, FragmentUnit fragment) {
        int start = Math.max(0, a.start());
        int end = Math.min(fragment.length(), a.end());
        return end > start ? CodedSpan.inFragment(a.codeId(), fragment, start, end) : null;
    }

    static UnitMode unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return UnitMode.FRAGMENT;
        }
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "fragment" -> UnitMode.FRAGMENT;
            case "character" -> UnitMode.CHARACTER;
            default ->
                throw new DomainException(
                        AgreementError.INVALID_UNIT,
                        "unit must be 'fragment' or 'character', not '" + unit + "'",
                        Map.of("unit", unit));
        };
    }

    private static List<UUID> distinct(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<UUID> unique = new LinkedHashSet<>();
        for (UUID id : ids) {
            if (id != null) {
                unique.add(id);
            }
        }
        return List.copyOf(unique);
    }
}
