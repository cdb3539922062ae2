package com.theogen.analyst;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Renders an offline run as plain text so a person can judge the codebook and the theory. */
final class DemoReport {

    private DemoReport() {}

    static String render(AnalystRun run) {
        StringBuilder out = new StringBuilder();
        OpenCodingResult coding = run.coding();
        out.append("== Codebook: ")
                .append(coding.codes().size())
                .append(" codes; ")
                .append(coding.fragmentsCoded())
                .append(" of ")
                .append(coding.fragmentsExamined())
                .append(" participant fragments coded\n");
        Map<UUID, UUID> interviewOf = run.fragments().stream()
                .collect(Collectors.toMap(AnalystFragment::fragmentId, AnalystFragment::interviewId));
        for (OpenCodingResult.CodeDraft code : coding.codes()) {
            long interviews = code.applications().stream()
                    .map(a -> interviewOf.get(a.quote().fragmentId()))
                    .distinct()
                    .count();
            out.append(String.format(
                    "  %-2s %-28s %2d fragments, %d interviews%n",
                    code.language().code(), code.label(), code.applications().size(), interviews));
        }
        out.append("== Categories: ")
                .append(run.grouping().categories().size())
                .append(" (target ")
                .append(run.grouping().targetCategories())
                .append(")\n");
        for (AxialGroupingResult.CategoryDraft category : run.grouping().categories()) {
            out.append("  ")
                    .append(category.name())
                    .append(": ")
                    .append(category.codeIds().stream()
                            .map(id -> run.codesById().get(id).label())
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        OfflineTheory theory = run.theory();
        out.append("== Central category: ")
                .append(theory.centralCategory().name())
                .append('\n')
                .append("  ")
                .append(theory.centralCategory().why())
                .append('\n');
        out.append("== Paradigm\n");
        for (ParadigmModel.Component component : theory.paradigm().components()) {
            out.append("  ")
                    .append(component.role().code())
                    .append(": ")
                    .append(component.name())
                    .append(" ")
                    .append(component.cueSentences())
                    .append('\n');
            component.evidence().stream().limit(1).forEach(e -> out.append("      [")
                    .append(e.cue())
                    .append("] ")
                    .append(e.quote().text())
                    .append('\n'));
        }
        theory.paradigm().consequences().forEach(c -> out.append("  consequence ")
                .append(c.type().code())
                .append('/')
                .append(c.horizon().code())
                .append(" (")
                .append(c.name())
                .append("): ")
                .append(c.evidence().quote().text())
                .append('\n'));
        out.append("== Propositions: ").append(theory.propositions().size()).append('\n');
        theory.propositions().forEach(p -> out.append("  - ")
                .append(p.text())
                .append(" [")
                .append(p.fragmentIds().size())
                .append(" fragments]\n"));
        SaturationReport saturation = theory.saturation();
        out.append("== Saturation: curve ")
                .append(saturation.curve().stream()
                        .map(p -> String.valueOf(p.newCodes()))
                        .collect(Collectors.joining(",")))
                .append(", plateau ")
                .append(saturation.plateau())
                .append(", readiness ")
                .append(saturation.readinessScore())
                .append('\n');
        saturation.gaps().forEach(g -> out.append("  gap ")
                .append(g.kind())
                .append(": ")
                .append(g.description())
                .append('\n'));
        saturation.samplingPlan().forEach(s -> out.append("  sample ")
                .append(s.actor())
                .append(": ")
                .append(s.focus())
                .append('\n'));
        return out.toString();
    }
}
