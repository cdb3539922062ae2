package com.theogen.coding.internal;

import com.theogen.coding.AgreementResult;
import com.theogen.coding.AgreementResult.AgreementCode;
import com.theogen.coding.AgreementResult.AgreementCoder;
import com.theogen.coding.AgreementResult.AgreementDisagreement;
import com.theogen.coding.AgreementResult.AgreementOverall;
import com.theogen.coding.AgreementResult.AgreementPooled;
import com.theogen.coding.AgreementResult.AgreementSpan;
import com.theogen.coding.Coder;
import com.theogen.coding.agreement.AgreementReport;
import com.theogen.coding.agreement.BinaryAgreement;
import com.theogen.coding.agreement.CodeAgreement;
import com.theogen.coding.agreement.CodedSpan;
import com.theogen.coding.agreement.Disagreement;
import com.theogen.coding.agreement.FragmentUnit;
import com.theogen.coding.agreement.Measure;
import com.theogen.coding.agreement.OverallAgreement;
import com.theogen.coding.agreement.PresenceCounts;
import com.theogen.coding.agreement.UnitMode;
import com.theogen.coding.internal.AgreementStore.CodeInfo;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The statistics library's report as the API shows it: codes sorted by κ, figures as numbers or null. */
final class AgreementViews {

    /** κ ascending; a code without κ after every code with one; then by label. */
    static final Comparator<AgreementCode> BY_KAPPA = Comparator.comparing(
                    (AgreementCode c) -> c.kappa() == null ? Double.POSITIVE_INFINITY : c.kappa())
            .thenComparing(c -> c.label().toLowerCase(Locale.ROOT))
            .thenComparing(AgreementCode::codeId);

    private final Map<UUID, CodeInfo> codes;
    private final Map<UUID, Scoped> fragments;
    private final Map<UUID, InterviewInfo> interviews;

    AgreementViews(Map<UUID, CodeInfo> codes, Map<UUID, Scoped> fragments, Map<UUID, InterviewInfo> interviews) {
        this.codes = codes;
        this.fragments = fragments;
        this.interviews = interviews;
    }

    AgreementResult result(Coder a, Coder b, AgreementReport report) {
        boolean character = report.unit() == UnitMode.CHARACTER;
        List<AgreementCode> rows = new ArrayList<>();
        for (CodeAgreement code : report.codes()) {
            rows.add(code(code, character));
        }
        rows.sort(BY_KAPPA);
        Map<UUID, CodeAgreement> byId = new HashMap<>();
        report.codes().forEach(c -> byId.put(c.codeId(), c));
        List<AgreementDisagreement> disagreements = new ArrayList<>();
        for (AgreementCode row : rows) {
            for (Disagreement d : byId.get(row.codeId()).disagreements()) {
                disagreements.add(disagreement(d));
            }
        }
        return new AgreementResult(
                coder(a),
                coder(b),
                character ? "character" : "fragment",
                report.fragments(),
                rows,
                overall(report.overall(), character),
                disagreements);
    }

    private static AgreementCoder coder(Coder coder) {
        return new AgreementCoder(coder.id(), coder.displayName(), coder.kind());
    }

    private AgreementCode code(CodeAgreement code, boolean character) {
        CodeInfo info = codes.get(code.codeId());
        BinaryAgreement figures = code.agreement();
        PresenceCounts counts = figures.counts();
        return new AgreementCode(
                code.codeId(),
                info == null ? "" : info.label(),
                info == null ? null : info.color(),
                info == null ? null : info.categoryName(),
                counts.both(),
                counts.onlyA(),
                counts.onlyB(),
                counts.neither(),
                counts.units(),
                value(figures.prevalenceA()),
                value(figures.prevalenceB()),
                value(figures.observedAgreement()),
                value(figures.cohensKappa()),
                value(figures.krippendorffsAlpha()),
                value(figures.gwetsAc1()),
                reason(figures),
                character && code.unitized() != null ? value(code.unitized().alpha()) : null,
                code.disagreements().size());
    }

    /** Why κ (and α) have no value: the first reason among p_o, κ, α. */
    private static String reason(BinaryAgreement figures) {
        for (Measure m : List.of(figures.observedAgreement(), figures.cohensKappa(), figures.krippendorffsAlpha())) {
            if (!m.isDefined()) {
                return m.undefined().name();
            }
        }
        return null;
    }

    private static AgreementOverall overall(OverallAgreement overall, boolean character) {
        BinaryAgreement pooled = overall.pooled();
        PresenceCounts counts = pooled.counts();
        return new AgreementOverall(
                overall.codes(),
                overall.codesWithVariation(),
                value(overall.meanObservedAgreement()),
                value(overall.meanKappa()),
                value(overall.meanAlpha()),
                value(overall.meanAc1()),
                new AgreementPooled(
                        counts.both(),
                        counts.onlyA(),
                        counts.onlyB(),
                        counts.neither(),
                        counts.units(),
                        value(pooled.observedAgreement()),
                        value(pooled.cohensKappa()),
                        value(pooled.krippendorffsAlpha()),
                        value(pooled.gwetsAc1())),
                character && overall.pooledUnitizedAlpha() != null ? value(overall.pooledUnitizedAlpha()) : null);
    }

    private AgreementDisagreement disagreement(Disagreement d) {
        FragmentUnit unit = d.fragment();
        Scoped scoped = fragments.get(unit.fragmentId());
        InterviewInfo interview = interviews.get(unit.interviewId());
        return new AgreementDisagreement(
                d.codeId(),
                unit.fragmentId(),
                unit.interviewId(),
                interview == null ? "" : interview.participant(),
                scoped == null ? null : scoped.fragment().speaker(),
                scoped == null ? "" : scoped.fragment().text(),
                d.presentA(),
                d.presentB(),
                spans(unit, d.spansA()),
                spans(unit, d.spansB()),
                d.differingCharacters());
    }

    /** Spans in fragment coordinates, clipped to the fragment (an imported span may run past it). */
    private static List<AgreementSpan> spans(FragmentUnit fragment, List<CodedSpan> spans) {
        List<AgreementSpan> out = new ArrayList<>(spans.size());
        for (CodedSpan span : spans) {
            int start = Math.max(span.start(), fragment.start()) - fragment.start();
            int end = Math.min(span.end(), fragment.end()) - fragment.start();
            if (end > start) {
                out.add(new AgreementSpan(start, end));
            }
        }
        out.sort(Comparator.comparingInt(AgreementSpan::start).thenComparingInt(AgreementSpan::end));
        return out;
    }

    private static Double value(Measure measure) {
        return measure == null ? null : measure.value();
    }
}
