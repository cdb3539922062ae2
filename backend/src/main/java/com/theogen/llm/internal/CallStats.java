package com.theogen.llm.internal;

import java.util.ArrayList;
import java.util.List;

/** Counters of one logical call (main request, retries, fallbacks, repair), confined to the calling thread. */
final class CallStats {

    int requests;
    int retries;
    long promptTokens;
    long completionTokens;
    long cachedTokens;
    final List<String> adjustments = new ArrayList<>();
    /** A repair request was sent. */
    boolean repaired;
    /** The reply kept was cut off at the output limit. */
    boolean truncated;
}
