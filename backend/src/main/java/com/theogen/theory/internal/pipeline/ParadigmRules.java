package com.theogen.theory.internal.pipeline;

import com.theogen.export.ConsequenceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The quality rules of a paradigm model (docs/adr/035): at most 10 propositions, each cited (their form is free);
 * every consequence typed by the domain template's typology — a type outside it is kept as {@code other} with its
 * text, never dropped — and placed on a horizon; context and intervening conditions kept distinct; every claim
 * cited. {@link #violations} names what a repair call must fix; {@link #enforce} makes the model conform where it
 * safely can (drops what cannot be kept) and says what it did.
 */
final class ParadigmRules {

    static final String OTHER = ConsequenceType.OTHER.code();
    static final int MAX_PROPOSITIONS = 10;

    private static final Pattern IF_THEN_BECAUSE =
            Pattern.compile("(?isu)^\\s*(if|si)\\b.+\\b(then|entonces)\\b.+\\b(because|porque|ya que|debido a)\\b.+");

    private ParadigmRules() {}

    static List<String> violations(StageOutputs.Paradigm p) {
        List<String> out = new ArrayList<>();
        int n = p.propositions().size();
        if (n > MAX_PROPOSITIONS) {
            out.add("There are " + n + " propositions; write at most 10.");
        }
        for (int i = 0; i < n; i++) {
            if (p.propositions().get(i).evidence().isEmpty()) {
                out.add("Proposition " + (i + 1) + " cites no evidence fragment.");
            }
        }
        for (int i = 0; i < p.consequences().size(); i++) {
            Drafts.Consequence c = p.consequences().get(i);
            if (HorizonKind.read(c.horizon()).isEmpty()) {
                out.add("Consequence " + (i + 1) + " has horizon '" + c.horizon() + "'; use short_term or long_term.");
            }
        }
        Set<UUID> shared = new HashSet<>(categories(p.context()));
        shared.retainAll(categories(p.intervening()));
        shared.forEach(id -> out.add("Category " + id + " appears both as context and as intervening condition."));
        long uncited = allClaims(p).stream().filter(c -> c.evidence().isEmpty()).count();
        if (uncited > 0) {
            out.add(uncited + " conditions or strategies cite no evidence fragment.");
        }
        return out;
    }

    /**
     * Keeps what meets the rules; returns the model and the repairs made.
     *
     * @param typology the domain template's consequence types (wire names); {@code other} is always accepted
     */
    static StageOutputs.Paradigm enforce(StageOutputs.Paradigm p, List<String> typology, List<String> repairs) {
        List<Drafts.Consequence> consequences = new ArrayList<>();
        for (Drafts.Consequence c : p.consequences()) {
            Optional<String> horizon = HorizonKind.read(c.horizon());
            if (horizon.isEmpty()) {
                repairs.add("consequence_dropped_no_horizon");
                continue;
            }
            Optional<String> type = typeWithin(c.type(), typology);
            String note = c.typeNote() == null ? "" : c.typeNote().strip();
            if (type.isPresent()) {
                consequences.add(new Drafts.Consequence(
                        c.categoryId(), c.statement(), type.get(), "", horizon.get(), c.evidence(), c.exceptions()));
            } else {
                String written = norm(c.type());
                if (!OTHER.equals(written)) {
                    repairs.add("consequence_typed_other");
                    note = note.isEmpty() || note.equalsIgnoreCase(written) ? written : written + ": " + note;
                }
                consequences.add(new Drafts.Consequence(
                        c.categoryId(), c.statement(), OTHER, note, horizon.get(), c.evidence(), c.exceptions()));
            }
        }
        List<Drafts.Proposition> propositions = new ArrayList<>();
        for (Drafts.Proposition prop : p.propositions()) {
            if (propositions.size() >= MAX_PROPOSITIONS) {
                repairs.add("proposition_dropped_over_ten");
            } else {
                propositions.add(prop);
            }
        }
        Set<UUID> context = new HashSet<>(categories(p.context()));
        List<Drafts.Claim> intervening = new ArrayList<>();
        for (Drafts.Claim c : p.intervening()) {
            if (c.categoryId() != null && context.contains(c.categoryId())) {
                repairs.add("intervening_dropped_duplicate_of_context");
            } else {
                intervening.add(c);
            }
        }
        return new StageOutputs.Paradigm(
                p.causal(), p.context(), intervening, p.strategies(), consequences, propositions, repairs, p.meta());
    }

    /** The classic "If X and Y, then Z, because M" form: the offline analyst writes it; the model need not. */
    static boolean isIfThenBecause(String text) {
        return text != null && IF_THEN_BECAUSE.matcher(text).matches();
    }

    /** The type as written, if it is one of {@code typology} (wire names); Spanish and English stems accepted. */
    private static Optional<String> typeWithin(String written, List<String> typology) {
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

    private static String norm(String value) {
        return value == null
                ? ""
                : value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static List<UUID> categories(List<Drafts.Claim> claims) {
        return claims.stream()
                .map(Drafts.Claim::categoryId)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static List<Drafts.Claim> allClaims(StageOutputs.Paradigm p) {
        List<Drafts.Claim> all = new ArrayList<>();
        all.addAll(p.causal());
        all.addAll(p.context());
        all.addAll(p.intervening());
        all.addAll(p.strategies());
        return all;
    }
}
