package com.theogen.analyst.internal;

import com.theogen.analyst.TheoryRequest;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The language each fragment is in, and from it the language a code or category was said in: the one most of its
 * fragments are in (ADR 059).
 */
final class FragmentTongues {

    private final Map<UUID, Tongue> byFragment;

    FragmentTongues(Map<UUID, Tongue> byFragment) {
        this.byFragment = byFragment;
    }

    /** Each fragment of the request in the language stored with it. */
    static FragmentTongues stored(TheoryRequest request) {
        Map<UUID, Tongue> tongues = new HashMap<>();
        request.fragments().forEach(f -> tongues.put(f.fragmentId(), Tongue.of(f.language())));
        return new FragmentTongues(tongues);
    }

    /** Whether any fragment is in {@code tongue}. */
    boolean any(Tongue tongue) {
        return byFragment.containsValue(tongue);
    }

    /** How many of the fragments are in each language (a fragment counted as often as it is given); unknown ones not. */
    Map<Tongue, Integer> counts(Collection<UUID> fragmentIds) {
        Map<Tongue, Integer> counts = new EnumMap<>(Tongue.class);
        fragmentIds.forEach(f -> {
            Tongue t = byFragment.get(f);
            if (t != null) {
                counts.merge(t, 1, Integer::sum);
            }
        });
        return counts;
    }

    /** {@link #main(Map, Tongue)} of the fragments' {@link #counts}. */
    Tongue main(Collection<UUID> fragmentIds, Tongue fallback) {
        return main(counts(fragmentIds), fallback);
    }

    /**
     * The language with the most fragments; ties go to {@code fallback}, then to the first in {@link Tongue} order;
     * {@code fallback} when no language is counted.
     */
    static Tongue main(Map<Tongue, Integer> counts, Tongue fallback) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Tongue, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey() == fallback)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }
}
