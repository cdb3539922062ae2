package com.theogen.llm.internal;

import com.theogen.shared.Language;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned prompt file, {@code prompts/<stage>/<name>.<lang>.v<N>.txt}: a {@code [system]} and a {@code
 * [user]} section with {@code {{variable}}} placeholders, and optionally between them a {@code [shared]} section:
 * the part of a call chain's prompts that every call of the chain sends byte for byte as its first user message, so
 * that providers' prefix caching applies (docs/adr/038). Rendering is a single pass, so placeholder-like text
 * inside a value (an interview may contain anything) is never expanded.
 */
record PromptTemplate(String id, Language language, int version, String system, String shared, String user) {

    PromptTemplate(String id, Language language, int version, String system, String user) {
        this(id, language, version, system, "", user);
    }

    PromptTemplate {
        shared = shared == null ? "" : shared;
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)}}");

    /** For example {@code paradigm/paradigm.es.v1}: what the run manifest records. */
    String reference() {
        return id + "." + language.code() + ".v" + version;
    }

    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : new String[] {system, shared, user}) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** @throws IllegalArgumentException naming every placeholder without a value */
    RenderedPrompt render(Map<String, String> values) {
        Set<String> missing = new TreeSet<>(placeholders());
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Prompt " + reference() + " has no value for " + missing);
        }
        return new RenderedPrompt(fill(system, values), fill(shared, values), fill(user, values), reference());
    }

    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
