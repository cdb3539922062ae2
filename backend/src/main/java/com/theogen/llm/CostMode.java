package com.theogen.llm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who pays for model calls ({@code theogen.llm.cost-mode}).
 *
 * <ul>
 *   <li>{@link #PAID}: the server's key first; a user's own key (when {@code allow-byo-key}) only if the server
 *       has none; with neither the run degrades to offline and is flagged {@code degraded}.
 *   <li>{@link #HYBRID}: the user's own key first, the server's key otherwise, offline ({@code degraded}) with
 *       neither. Requires {@code allow-byo-key}.
 *   <li>{@link #BYO_KEY}: only the user's own key; a request without one is refused with 400 {@code
 *       BYO_KEY_REQUIRED}. Requires {@code allow-byo-key}.
 * </ul>
 */
public enum CostMode {
    PAID,
    BYO_KEY,
    HYBRID;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
