package com.theogen.llm.internal;

import com.theogen.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads every prompt file under {@code classpath:prompts/} once and checks them: each prompt has a {@code [system]}
 * and a {@code [user]} section (a {@code [shared]} section between them is optional), places the domain context ({@code {{domain_context}}}), and exists in every
 * language. Files under {@code prompts/shared/} are fragments (domain context, schema instruction) with no
 * sections. The newest version of each prompt is served.
 */
final class PromptCatalog {

    static final String SHARED = "shared";
    static final String DOMAIN_CONTEXT = "domain_context";

    private static final Pattern FILE = Pattern.compile("([a-z0-9_]+)\\.(es|en)\\.v(\\d+)\\.txt");
    private static final Pattern SECTIONS = Pattern.compile(
            "\\A\\s*\\[system]\\s*\\n(.*?)\\n(?:\\[shared]\\s*\\n(.*?)\\n)?\\[user]\\s*\\n(.*)\\z", Pattern.DOTALL);

    private final Map<String, PromptTemplate> newest = new HashMap<>();
    private final Map<String, String> fragments = new HashMap<>();
    private final Map<String, Integer> fragmentVersions = new HashMap<>();

    /** The shipped prompts; fails fast when they cannot be found (a packaging mistake). */
    PromptCatalog() {
        this("classpath*:prompts/**/*.txt");
        if (!newest.containsKey(key(PromptPreparer.REPAIR_PROMPT, Language.EN))
                || !fragments.containsKey(key(DOMAIN_CONTEXT, Language.EN))
                || !fragments.containsKey(key(PromptComposer.SCHEMA_INSTRUCTION, Language.EN))) {
            throw new IllegalStateException("Prompt files not found on the classpath (prompts/**)");
        }
    }

    PromptCatalog(String pattern) {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                load(resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list prompt files", e);
        }
        checkEveryLanguage();
    }

    /** The newest version of prompt {@code id} in {@code language}. */
    PromptTemplate get(String id, Language language) {
        PromptTemplate template = newest.get(key(id, language));
        if (template == null) {
            throw LlmErrors.promptProblem("Unknown prompt '" + id + "' in " + language.code());
        }
        return template;
    }

    /** The newest version of shared fragment {@code name} in {@code language}. */
    String fragment(String name, Language language) {
        return Optional.ofNullable(fragments.get(key(name, language)))
                .orElseThrow(() -> LlmErrors.promptProblem("Unknown prompt fragment '" + name + "'"));
    }

    /** Every served prompt, ordered by id then language. */
    List<PromptTemplate> all() {
        return newest.values().stream()
                .sorted(Comparator.comparing(PromptTemplate::id)
                        .thenComparing(t -> t.language().code()))
                .toList();
    }

    private void load(Resource resource) throws IOException {
        String filename = resource.getFilename();
        Matcher name = filename == null ? null : FILE.matcher(filename);
        if (name == null || !name.matches()) {
            throw new IllegalStateException("Prompt file name must be <name>.<es|en>.v<N>.txt: " + resource);
        }
        String stage = parentDirectory(resource);
        Language language = Language.fromCode(name.group(2));
        int version = Integer.parseInt(name.group(3));
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        if (SHARED.equals(stage)) {
            putNewestFragment(name.group(1), language, version, text.strip());
            return;
        }
        Matcher sections = SECTIONS.matcher(text);
        if (!sections.matches()) {
            throw new IllegalStateException("Prompt " + resource + " needs a [system] and a [user] section");
        }
        PromptTemplate template = new PromptTemplate(
                stage + "/" + name.group(1),
                language,
                version,
                sections.group(1).strip(),
                sections.group(2) == null ? "" : sections.group(2).strip(),
                sections.group(3).strip());
        if (!template.placeholders().contains(DOMAIN_CONTEXT)) {
            throw new IllegalStateException("Prompt " + template.reference() + " must place {{domain_context}}");
        }
        newest.merge(key(template.id(), language), template, (a, b) -> a.version() >= b.version() ? a : b);
    }

    private void putNewestFragment(String name, Language language, int version, String text) {
        String key = key(name, language);
        if (fragmentVersions.getOrDefault(key, -1) < version) {
            fragmentVersions.put(key, version);
            fragments.put(key, text);
        }
    }

    private void checkEveryLanguage() {
        Collection<String> ids =
                newest.values().stream().map(PromptTemplate::id).distinct().toList();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            for (Language language : Language.values()) {
                if (!newest.containsKey(key(id, language))) {
                    missing.add(id + " (" + language.code() + ")");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Prompts missing a language: " + missing);
        }
    }

    private static String parentDirectory(Resource resource) throws IOException {
        String path = resource.getURL().getPath();
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    private static String key(String id, Language language) {
        return id + "|" + language.code();
    }
}
