package com.theogen.analyst;

import com.theogen.shared.Language;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the selective-coding stages need, as plain data.
 *
 * @param language the project language every text output is written in
 * @param interviewOrder the project's interviews in the order they were conducted (saturation curve order)
 * @param categories the categories with their codes and the fragments each code is applied to
 * @param fragments the coded fragments (quotes are taken from these texts)
 * @param metrics network metrics per category, as computed by the graph stage
 * @param coOccurrences category co-occurrence pairs with their weights, as computed by the graph stage
 * @param actors the domain template's actors, used to name whom to interview next
 */
public record TheoryRequest(
        Language language,
        List<UUID> interviewOrder,
        List<TheoryCategory> categories,
        List<AnalystFragment> fragments,
        List<CategoryMetrics> metrics,
        List<CategoryPair> coOccurrences,
        List<String> actors) {

    public TheoryRequest {
        Objects.requireNonNull(language, "language");
        interviewOrder = List.copyOf(interviewOrder);
        categories = List.copyOf(categories);
        fragments = List.copyOf(fragments);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        coOccurrences = coOccurrences == null ? List.of() : List.copyOf(coOccurrences);
        actors = actors == null ? List.of() : List.copyOf(actors);
    }

    /**
     * A category of the project.
     *
     * @param categoryId its id
     * @param name its name
     * @param definition its definition (may be blank)
     * @param codes its codes
     */
    public record TheoryCategory(UUID categoryId, String name, String definition, List<TheoryCode> codes) {

        public TheoryCategory {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(name, "name");
            codes = List.copyOf(codes);
        }
    }

    /**
     * A code and the fragments it is applied to.
     *
     * @param codeId its id
     * @param label its label
     * @param fragmentIds the fragments coded with it
     * @param needsRecurrence true when the code could only exist once it recurred in a second interview (the offline
     *     coder keeps only recurring phrases): such a code is discovered in its second interview, not its first — else
     *     the saturation curve would always show the last interview adding nothing
     */
    public record TheoryCode(UUID codeId, String label, List<UUID> fragmentIds, boolean needsRecurrence) {

        public TheoryCode {
            Objects.requireNonNull(codeId, "codeId");
            fragmentIds = List.copyOf(fragmentIds);
        }

        /** A code that exists from its first application (a model's or a person's). */
        public TheoryCode(UUID codeId, String label, List<UUID> fragmentIds) {
            this(codeId, label, fragmentIds, false);
        }
    }

    /**
     * Network metrics of a category on the undirected weighted co-occurrence graph; taken as given.
     *
     * @param categoryId the category
     * @param degree number of categories it co-occurs with
     * @param weightedDegree sum of co-occurrence weights
     * @param pageRank PageRank score
     * @param interviewCoverage share of the project's interviews where the category appears, in [0, 1]
     */
    public record CategoryMetrics(
            UUID categoryId, int degree, double weightedDegree, double pageRank, double interviewCoverage) {}

    /**
     * Two categories that co-occur, with the graph's weight for the pair.
     *
     * @param first one category
     * @param second the other category
     * @param weight the co-occurrence weight
     */
    public record CategoryPair(UUID first, UUID second, double weight) {}
}
