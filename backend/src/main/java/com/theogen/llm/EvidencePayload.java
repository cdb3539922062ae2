package com.theogen.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The common payload of the central-category, paradigm and gaps stages: categories with their evidence
 * fragments, plus co-occurrence network rows. It fills the prompt variables {@value #CATEGORIES} and {@value
 * #NETWORK}. Trim order (documented in docs/adr/002):
 *
 * <ol>
 *   <li>{@code fragments_per_category}: keep one fragment fewer per category (most similar first), down to 1;
 *   <li>{@code fragment_length}: shorten every fragment to 3/4 of the current cap, at a word boundary, down to
 *       {@value #MIN_FRAGMENT_CHARS} characters;
 *   <li>{@code categories_by_centrality}: drop the least central category, down to {@code minCategories};
 *   <li>{@code network_rows}: keep 3/4 of the heaviest network rows, down to none;
 *   <li>{@code drop_evidence}: drop every fragment, keeping category names and definitions.
 * </ol>
 */
public final class EvidencePayload implements BudgetedPayload<EvidencePayload.Limits> {

    public static final String CATEGORIES = "categories";
    public static final String NETWORK = "network";
    public static final int MIN_FRAGMENT_CHARS = 200;

    /** The version of the layout {@link #render} assembles, recorded in the run manifest. */
    public static final String FORMAT = "evidence_payload.v2";

    /**
     * An evidence fragment: its id (as the model must cite it), text, and the short label of its interview (so the
     * model can choose evidence across interviews; blank when unknown).
     */
    public record Fragment(String id, String text, String interview) {
        public Fragment(String id, String text) {
            this(id, text, "");
        }
    }

    /**
     * A category with its fragments, most similar first.
     *
     * @param centrality used only to decide which categories a trimmed prompt keeps; shown as a plain number
     * @param codedFragments fragments coded with the category in the project, -1 when unknown
     * @param interviews interviews in which the category is coded, -1 when unknown
     * @param totalInterviews interviews in the project, -1 when unknown
     */
    public record Category(
            String id,
            String name,
            String definition,
            double centrality,
            int codedFragments,
            int interviews,
            int totalInterviews,
            List<Fragment> fragments) {
        public Category {
            fragments = List.copyOf(fragments);
        }

        public Category(String id, String name, String definition, double centrality, List<Fragment> fragments) {
            this(id, name, definition, centrality, -1, -1, -1, fragments);
        }
    }

    /** A weighted co-occurrence between two categories (by name). */
    public record NetworkRow(String source, String target, double weight) {}

    /** How much of the payload is kept. */
    public record Limits(
            int fragmentsPerCategory, int fragmentChars, int categories, int networkRows, boolean evidence) {}

    private final List<Category> categories;
    private final List<NetworkRow> rows;
    private final int minCategories;

    /**
     * @param categories categories in any order; they are ranked by centrality, most central first
     * @param rows network rows in any order; they are ranked by weight, heaviest first
     * @param minCategories categories that are never dropped (at least 1; the most central ones)
     */
    public EvidencePayload(List<Category> categories, List<NetworkRow> rows, int minCategories) {
        this.categories = categories.stream()
                .sorted(Comparator.comparingDouble(Category::centrality).reversed())
                .toList();
        this.rows = rows.stream()
                .sorted(Comparator.comparingDouble(NetworkRow::weight).reversed())
                .toList();
        this.minCategories = Math.max(1, minCategories);
    }

    public EvidencePayload(List<Category> categories, List<NetworkRow> rows) {
        this(categories, rows, 1);
    }

    @Override
    public Limits initial() {
        int fragments =
                categories.stream().mapToInt(c -> c.fragments().size()).max().orElse(0);
        int chars = categories.stream()
                .flatMap(c -> c.fragments().stream())
                .mapToInt(f -> f.text().length())
                .max()
                .orElse(0);
        return new Limits(fragments, chars, categories.size(), rows.size(), true);
    }

    @Override
    public List<TrimStep<Limits>> trimOrder() {
        return List.of(
                new TrimStep<>(
                        "fragments_per_category",
                        l -> l.evidence() && l.fragmentsPerCategory() > 1
                                ? Optional.of(new Limits(
                                        l.fragmentsPerCategory() - 1,
                                        l.fragmentChars(),
                                        l.categories(),
                                        l.networkRows(),
                                        true))
                                : Optional.empty()),
                new TrimStep<>(
                        "fragment_length",
                        l -> l.evidence() && l.fragmentChars() > MIN_FRAGMENT_CHARS
                                ? Optional.of(new Limits(
                                        l.fragmentsPerCategory(),
                                        Math.max(MIN_FRAGMENT_CHARS, l.fragmentChars() * 3 / 4),
                                        l.categories(),
                                        l.networkRows(),
                                        true))
                                : Optional.empty()),
                new TrimStep<>(
                        "categories_by_centrality",
                        l -> l.categories() > minCategories
                                ? Optional.of(new Limits(
                                        l.fragmentsPerCategory(),
                                        l.fragmentChars(),
                                        l.categories() - 1,
                                        l.networkRows(),
                                        l.evidence()))
                                : Optional.empty()),
                new TrimStep<>(
                        "network_rows",
                        l -> l.networkRows() > 0
                                ? Optional.of(new Limits(
                                        l.fragmentsPerCategory(),
                                        l.fragmentChars(),
                                        l.categories(),
                                        l.networkRows() * 3 / 4,
                                        l.evidence()))
                                : Optional.empty()),
                new TrimStep<>(
                        "drop_evidence",
                        l -> l.evidence()
                                ? Optional.of(new Limits(0, 0, l.categories(), l.networkRows(), false))
                                : Optional.empty()));
    }

    @Override
    public Map<String, String> render(Limits limits) {
        return Map.of(CATEGORIES, renderCategories(limits), NETWORK, renderNetwork(limits));
    }

    @Override
    public String format() {
        return FORMAT + "+" + TranscriptText.FORMAT;
    }

    @Override
    public String describe(Limits l) {
        return "fragments_per_category=" + l.fragmentsPerCategory() + ", fragment_chars=" + l.fragmentChars()
                + ", categories=" + l.categories() + "/" + categories.size() + ", network_rows=" + l.networkRows()
                + "/" + rows.size() + ", evidence=" + l.evidence();
    }

    /**
     * The kept categories (the most central ones, when trimmed) in a neutral order — by name — so the order of the
     * list does not suggest which one is central; their network figures are plain numbers beside each one. Every
     * fragment's text is delimited and escaped ({@link TranscriptText}).
     */
    private String renderCategories(Limits limits) {
        StringBuilder out = new StringBuilder();
        List<Category> kept = categories.subList(0, Math.min(limits.categories(), categories.size())).stream()
                .sorted(Comparator.comparing((Category c) -> c.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Category::id))
                .toList();
        for (Category category : kept) {
            out.append("- [")
                    .append(category.id())
                    .append("] ")
                    .append(category.name().strip().replaceAll("\\s+", " "))
                    .append(" (")
                    .append(figures(category))
                    .append(")\n");
            if (category.definition() != null && !category.definition().isBlank()) {
                out.append("  ")
                        .append(category.definition().strip().replaceAll("\\s+", " "))
                        .append('\n');
            }
            if (!limits.evidence()) {
                continue;
            }
            List<Fragment> shown = category.fragments()
                    .subList(
                            0,
                            Math.min(
                                    limits.fragmentsPerCategory(),
                                    category.fragments().size()));
            for (Fragment fragment : shown) {
                out.append("  * [").append(fragment.id()).append("] ");
                if (fragment.interview() != null && !fragment.interview().isBlank()) {
                    out.append("(").append(fragment.interview()).append(") ");
                }
                out.append(TranscriptText.fragment(shorten(fragment.text(), limits.fragmentChars())))
                        .append('\n');
            }
        }
        return out.isEmpty() ? "-" : out.toString().stripTrailing();
    }

    private static String figures(Category c) {
        List<String> parts = new ArrayList<>();
        if (c.codedFragments() >= 0) {
            parts.add("fragments " + c.codedFragments());
        }
        if (c.interviews() >= 0) {
            parts.add("interviews " + c.interviews() + (c.totalInterviews() >= 0 ? " of " + c.totalInterviews() : ""));
        }
        parts.add("pagerank " + String.format(Locale.ROOT, "%.3f", c.centrality()));
        return String.join(", ", parts);
    }

    private String renderNetwork(Limits limits) {
        List<String> lines = new ArrayList<>();
        for (NetworkRow row : rows.subList(0, Math.min(limits.networkRows(), rows.size()))) {
            lines.add("- " + row.source() + " <-> " + row.target() + " (weight "
                    + String.format(Locale.ROOT, "%.3f", row.weight()) + ")");
        }
        return lines.isEmpty() ? "-" : String.join("\n", lines);
    }

    /** Cuts at the last space before {@code max} characters so no word is split; marks the cut with an ellipsis. */
    static String shorten(String text, int max) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return clean.substring(0, cut).stripTrailing() + "…";
    }
}
