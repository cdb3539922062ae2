package com.theogen.theory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Maps the model's paradigm answer onto the pipeline's draft records, resolving category ids and quotes. */
final class ModelParadigm {

    private ModelParadigm() {}

    static StageOutputs.Paradigm toDraft(ProjectData data, LlmOutputs.ParadigmOut out, List<String> repairs) {
        return new StageOutputs.Paradigm(
                claims(data, out.causalConditions(), repairs),
                claims(data, out.context(), repairs),
                claims(data, out.interveningConditions(), repairs),
                claims(data, out.strategies(), repairs),
                out.consequences().stream()
                        .map(c -> new Drafts.Consequence(
                                category(data, c.categoryId(), repairs),
                                c.statement(),
                                c.type(),
                                c.horizon(),
                                cites(data, category(data, c.categoryId(), new ArrayList<>()), c.evidence())))
                        .toList(),
                out.propositions().stream()
                        .map(p -> {
                            List<UUID> categories = p.categoryIds().stream()
                                    .map(id -> Prompts.resolveCategory(data, id))
                                    .flatMap(Optional::stream)
                                    .distinct()
                                    .toList();
                            return new Drafts.Proposition(p.text(), categories, cites(data, null, p.evidence()));
                        })
                        .toList(),
                List.of(),
                Drafts.Meta.computed(0));
    }

    private static List<Drafts.Claim> claims(ProjectData data, List<LlmOutputs.Condition> in, List<String> repairs) {
        return in.stream()
                .map(c -> {
                    UUID category = category(data, c.categoryId(), repairs);
                    return new Drafts.Claim(category, c.statement(), cites(data, category, c.evidence()));
                })
                .toList();
    }

    private static UUID category(ProjectData data, String written, List<String> repairs) {
        Optional<UUID> id = Prompts.resolveCategory(data, written);
        if (id.isEmpty()) {
            repairs.add("claim_category_unknown");
        }
        return id.orElse(null);
    }

    /** A blank quote is filled with the quote the claim's category marks in that fragment, if there is one. */
    private static List<Drafts.Cite> cites(ProjectData data, UUID category, List<LlmOutputs.Evidence> evidence) {
        return evidence.stream()
                .map(e -> {
                    UUID fragment = Prompts.fragmentId(e.fragmentId());
                    if ((e.quote() == null || e.quote().isBlank()) && category != null) {
                        return data.citeFor(category, fragment).orElse(new Drafts.Cite(fragment, "", -1));
                    }
                    return new Drafts.Cite(fragment, e.quote() == null ? "" : e.quote(), -1);
                })
                .toList();
    }
}
