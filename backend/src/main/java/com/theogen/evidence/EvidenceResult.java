package com.theogen.evidence;

import java.util.List;

/**
 * A result computed from whatever evidence sources answered. When a source was unavailable the result is
 * still returned (empty where that source would have contributed) with {@code degraded = true} and the
 * source names in {@code missingSources} (serialised as {@code degraded}, {@code missing_sources}).
 */
public record EvidenceResult<T>(T result, boolean degraded, List<String> missingSources) {

    public EvidenceResult {
        missingSources = List.copyOf(missingSources);
    }

    public static <T> EvidenceResult<T> complete(T result) {
        return new EvidenceResult<>(result, false, List.of());
    }

    public static <T> EvidenceResult<T> degraded(T result, List<String> missingSources) {
        return new EvidenceResult<>(result, true, missingSources);
    }
}
