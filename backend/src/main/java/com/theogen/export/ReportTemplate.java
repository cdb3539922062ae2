package com.theogen.export;

import java.util.List;
import java.util.Objects;

/**
 * The domain template as an export shows it.
 *
 * @param key stable template key ({@code generic}, {@code health} …)
 * @param displayName the template's name in the report language
 * @param actors who typically speaks or is spoken about in this domain, in the report language
 */
public record ReportTemplate(String key, String displayName, List<String> actors) {

    public ReportTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        actors = List.copyOf(actors);
    }
}
