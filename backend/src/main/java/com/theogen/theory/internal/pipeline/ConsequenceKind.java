package com.theogen.theory.internal.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every consequence type a domain template may list (docs/adr/035). A template chooses its typology from these
 * (domain-templates.json, {@code consequence_types}); the prompt offers that typology plus {@code other}, and a
 * consequence of any type outside it is kept as {@code other} with the model's word for it — never dropped.
 */
enum ConsequenceKind {
    MATERIAL,
    SOCIAL,
    INSTITUTIONAL,
    PSYCHOLOGICAL,
    HEALTH,
    EDUCATIONAL,
    ECONOMIC,
    POLITICAL,
    OTHER;

    @JsonValue
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type as written, if it is one of {@code typology} (wire names); Spanish and English stems accepted. */
    static Optional<String> within(String written, List<String> typology) {
        String t = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        String found = typology.stream()
                .filter(type -> t.equals(type) || t.startsWith(stem(type)))
                .findFirst()
                .orElse(null);
        return Optional.ofNullable(found);
    }

    private static String stem(String type) {
        return switch (type) {
            case "institutional" -> "institu";
            case "psychological" -> "psic";
            case "educational" -> "educa";
            case "economic" -> "econ";
            case "political" -> "pol";
            case "health" -> "salud";
            default -> type.length() > 5 ? type.substring(0, 5) : type;
        };
    }
}
