package com.theogen.theory.internal.pipeline;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.TheoryRequest;
import com.theogen.coding.CodingSnapshot;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.interview.Fragment;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Builds the offline theorist's request from what the run has read: coding, fragments, network metrics. */
@Component
class AnalystInputs {

    private static final Pattern INTERVIEWER =
            Pattern.compile("(?iu)(interviewer.*|entrevistador.*|entrevistadora.*|moderator.*|moderador.*|e|i)");

    private final DomainTemplateCatalog templates;

    AnalystInputs(DomainTemplateCatalog templates) {
        this.templates = templates;
    }

    TheoryRequest request(StageOutputs.Loaded project, ProjectData data, NetworkMetrics metrics) {
        CodingSnapshot coding = data.coding();
        Map<UUID, List<UUID>> fragmentsOfCode = new HashMap<>();
        for (CodingSnapshot.Application a : coding.applications()) {
            List<UUID> list = fragmentsOfCode.computeIfAbsent(a.codeId(), k -> new ArrayList<>());
            if (!list.contains(a.fragmentId())) {
                list.add(a.fragmentId());
            }
        }
        List<TheoryRequest.TheoryCategory> categories = new ArrayList<>();
        Set<UUID> codedFragments = new LinkedHashSet<>();
        for (CodingSnapshot.Category category : coding.categories()) {
            List<TheoryRequest.TheoryCode> codes = coding.codes().stream()
                    .filter(c -> category.id().equals(c.categoryId()))
                    .map(c -> new TheoryRequest.TheoryCode(
                            c.id(),
                            c.label(),
                            fragmentsOfCode.getOrDefault(c.id(), List.of()),
                            c.origin() == CodingSnapshot.Origin.OFFLINE))
                    .toList();
            codes.forEach(c -> codedFragments.addAll(c.fragmentIds()));
            categories.add(
                    new TheoryRequest.TheoryCategory(category.id(), category.name(), category.definition(), codes));
        }
        Map<UUID, Language> languageOf = new HashMap<>();
        project.interviews().forEach(i -> languageOf.put(i.id(), i.language()));
        List<AnalystFragment> fragments = new ArrayList<>();
        for (UUID id : codedFragments) {
            Fragment f = data.fragments().get(id);
            if (f != null) {
                String speaker = f.speaker() == null ? "" : f.speaker();
                fragments.add(new AnalystFragment(
                        f.id(),
                        f.interviewId(),
                        speaker,
                        INTERVIEWER.matcher(speaker.strip()).matches(),
                        languageOf.getOrDefault(f.interviewId(), project.language()),
                        f.text()));
            }
        }
        List<TheoryRequest.CategoryMetrics> categoryMetrics = metrics.categories().stream()
                .map(m -> new TheoryRequest.CategoryMetrics(
                        m.categoryId(), m.degree(), m.weightedDegree(), m.pageRank(), m.interviewCoverage()))
                .toList();
        List<TheoryRequest.CategoryPair> pairs = metrics.coOccurrences().stream()
                .map(p -> new TheoryRequest.CategoryPair(p.categoryA(), p.categoryB(), p.sharedFragments()))
                .toList();
        List<UUID> order =
                project.interviews().stream().map(StageOutputs.InterviewRef::id).toList();
        List<String> actors = templates
                .find(project.template())
                .map(t -> t.actors(project.language()))
                .orElse(List.of());
        return new TheoryRequest(project.language(), order, categories, fragments, categoryMetrics, pairs, actors);
    }
}
