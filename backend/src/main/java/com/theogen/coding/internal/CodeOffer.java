package com.theogen.coding.internal;

import com.theogen.coding.internal.ApplicationStore.CodeUsage;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The existing codes offered to the model for constant comparison with one batch (docs/adr/027): the codes most
 * relevant to the batch's text — words shared with the code's label, aliases, definition and example quote, weighed
 * by how specific the code's wording is — plus a smaller weight for how often the code is applied, each shown with a
 * short id ({@code c1} …), its definition and one example quote. The model reuses a code by that id; an id it makes
 * up maps to nothing.
 */
final class CodeOffer {

    /** A code offered, with the short id it is shown under. */
    record Offered(String shortId, CodeRow code, CodeUsage usage) {}

    private static final int EXAMPLE_CHARS = 160;
    private static final double FREQUENCY_WEIGHT = 0.25;

    private final Map<String, Offered> byShortId;

    private CodeOffer(Map<String, Offered> byShortId) {
        this.byShortId = byShortId;
    }

    /** The {@code limit} codes most relevant to {@code batchText}, most relevant first. */
    static CodeOffer select(List<CodeRow> codes, Map<UUID, CodeUsage> usage, String batchText, int limit) {
        Set<String> batchWords = words(batchText);
        record Scored(CodeRow code, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (CodeRow code : codes) {
            CodeUsage used = usage.getOrDefault(code.id(), new CodeUsage(0, null));
            StringBuilder text = new StringBuilder(code.label()).append(' ').append(code.definition());
            code.aliases().forEach(a -> text.append(' ').append(a));
            if (used.example() != null) {
                text.append(' ').append(used.example());
            }
            Set<String> codeWords = words(text.toString());
            long shared = codeWords.stream().filter(batchWords::contains).count();
            double similarity = codeWords.isEmpty() ? 0 : shared / Math.sqrt(codeWords.size());
            scored.add(new Scored(code, similarity + FREQUENCY_WEIGHT * Math.log1p(used.applications())));
        }
        scored.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(s -> s.code().label().toLowerCase(Locale.ROOT)));
        Map<String, Offered> offered = new LinkedHashMap<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            String id = "c" + (offered.size() + 1);
            offered.put(
                    id, new Offered(id, s.code(), usage.getOrDefault(s.code().id(), new CodeUsage(0, null))));
        }
        return new CodeOffer(offered);
    }

    List<Offered> offered() {
        return List.copyOf(byShortId.values());
    }

    /** The code shown under {@code shortId} ({@code c3}, {@code [c3]}, {@code C3}); empty for an unknown id. */
    Optional<CodeRow> resolve(String shortId) {
        if (shortId == null || shortId.isBlank()) {
            return Optional.empty();
        }
        String key = ShortIds.read(shortId);
        return Optional.ofNullable(byShortId.get(key)).map(Offered::code);
    }

    /** The prompt's list: one line per code, or a "none yet" line. */
    String render(Language language) {
        if (byShortId.isEmpty()) {
            return language == Language.ES ? "(ninguno todavía)" : "(none yet)";
        }
        StringBuilder out = new StringBuilder();
        for (Offered o : byShortId.values()) {
            out.append('(').append(o.shortId()).append(") ").append(o.code().label());
            String definition = o.code().definition().strip();
            if (!definition.isEmpty()) {
                out.append(": ").append(definition);
                if (!definition.matches(".*[.!?…]$")) {
                    out.append('.');
                }
            }
            if (o.usage().example() != null) {
                out.append(language == Language.ES ? " Ejemplo: «" : " Example: «")
                        .append(shorten(o.usage().example()))
                        .append("».");
            }
            out.append(language == Language.ES ? " Aplicado " : " Applied ")
                    .append(o.usage().applications())
                    .append(language == Language.ES ? " veces." : " times.")
                    .append('\n');
        }
        return out.toString().strip();
    }

    private static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXAMPLE_CHARS
                ? flat
                : flat.substring(0, EXAMPLE_CHARS).strip() + "…";
    }

    /** Lower-case words of three letters or more. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                out.add(word);
            }
        }
        return out;
    }
}
