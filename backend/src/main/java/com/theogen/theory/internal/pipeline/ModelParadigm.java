package com.theogen.theory.internal.pipeline;

import com.theogen.theory.Theory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps the model's paradigm answer onto the pipeline's draft records, resolving the prompt's short ids (and,
 * tolerantly, UUIDs and names), quotes and negative cases.
 */
final class ModelParadigm {

    private ModelParadigm() {}

    static StageOutputs.Paradigm toDraft(
            ProjectData data, PromptIds ids, LlmOutputs.ParadigmOut out, List<String> repairs) {
        return new StageOutputs.Paradigm(
                claims(data, ids, out.causalConditions(), repairs),
                claims(data, ids, out.context(), repairs),
                claims(data, ids, out.interveningConditions(), repairs),
                claims(data, ids, out.strategies(), repairs),
                out.consequences().stream()
                        .map(c -> {
                            UUID category = category(data, ids, c.categoryId(), repairs);
                            return new Drafts.Consequence(
                                    category,
                                    c.statement(),
                                    c.type(),
                                    c.typeNote(),
                                    c.horizon(),
                                    cites(data, ids, category, c.evidence()),
                                    negatives(ids, c.exceptions()));
                        })
                        .toList(),
                out.propositions().stream()
                        .map(p -> {
                            List<UUID> categories = p.categoryIds().stream()
                                    .map(id -> Prompts.resolveCategory(data, ids, id))
                                    .flatMap(Optional::stream)
                                    .distinct()
                                    .toList();
                            return new Drafts.Proposition(
                                    p.text(),
                                    categories,
                                    cites(data, ids, null, p.evidence()),
                                    negatives(ids, p.exceptions()));
                        })
                        .toList(),
                List.of(),
                Drafts.Meta.computed(0));
    }

    private static List<Drafts.Claim> claims(
            ProjectData data, PromptIds ids, List<LlmOutputs.Condition> in, List<String> repairs) {
        return in.stream()
                .map(c -> {
                    UUID category = category(data, ids, c.categoryId(), repairs);
                    return new Drafts.Claim(
                            category,
                            c.statement(),
                            cites(data, ids, category, c.evidence()),
                            negatives(ids, c.exceptions()));
                })
                .toList();
    }

    private static UUID category(ProjectData data, PromptIds ids, String written, List<String> repairs) {
        Optional<UUID> id = Prompts.resolveCategory(data, ids, written);
        if (id.isEmpty()) {
            repairs.add("claim_category_unknown");
        }
        return id.orElse(null);
    }

    /**
     * A negative case keeps its fragment only when the id is one the prompt showed — or, when it quotes, any id
     * as written, so that verification finds the quote unverifiable and drops it (docs/adr/038).
     */
    private static List<Theory.NegativeCase> negatives(PromptIds ids, List<LlmOutputs.NegativeCaseOut> cases) {
        if (cases == null) {
            return List.of();
        }
        List<Theory.NegativeCase> out = new ArrayList<>();
        for (LlmOutputs.NegativeCaseOut n : cases) {
            if (n != null && n.statement() != null && !n.statement().isBlank()) {
                String quote = n.quote() == null ? "" : n.quote();
                UUID fragment = quote.isBlank() || n.fragmentId() == null
                        ? ids.fragmentOf(n.fragmentId()).orElse(null)
                        : Prompts.fragmentId(ids, n.fragmentId());
                out.add(new Theory.NegativeCase(n.statement().strip(), fragment, quote));
            }
        }
        return out;
    }

    /**
     * A blank quote — the prompt's "or none" — is filled with the quote the claim's category marks in that
     * fragment, if there is one.
     */
    private static List<Drafts.Cite> cites(
            ProjectData data, PromptIds ids, UUID category, List<LlmOutputs.Evidence> evidence) {
        return evidence.stream()
                .map(e -> {
                    UUID fragment = Prompts.fragmentId(ids, e.fragmentId());
                    if ((e.quote() == null || e.quote().isBlank()) && category != null) {
                        return data.citeFor(category, fragment).orElse(new Drafts.Cite(fragment, "", -1));
                    }
                    return new Drafts.Cite(fragment, e.quote() == null ? "" : e.quote(), -1);
                })
                .toList();
    }
}
