package com.theogen.llm.internal;

import com.theogen.llm.LlmRequest;
import com.theogen.project.DomainTemplate;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a stage prompt: the domain template's context block goes into {@code {{domain_context}}} of every
 * prompt, and, when the model cannot take the output schema as {@code response_format}, the schema is appended to
 * the user message in the prompt's language.
 */
final class PromptComposer {

    static final String SCHEMA_INSTRUCTION = "schema_instruction";

    private final PromptCatalog catalog;
    private final DomainTemplateCatalog templates;

    PromptComposer(PromptCatalog catalog, DomainTemplateCatalog templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    PromptTemplate template(String promptId, Language language) {
        return catalog.get(promptId, language);
    }

    /** The stage's variables plus {@code domain_context}; the caller's values win for any other name. */
    Map<String, String> withDomain(Map<String, String> variables, String domainTemplate, Language language) {
        Map<String, String> all = new HashMap<>(variables);
        all.put(PromptCatalog.DOMAIN_CONTEXT, domainContext(domainTemplate, language));
        return all;
    }

    /** @throws com.theogen.shared.DomainException {@code UNKNOWN_DOMAIN_TEMPLATE} for an unknown key */
    String domainContext(String domainTemplate, Language language) {
        DomainTemplate template = templates.require(domainTemplate);
        String none = language == Language.ES ? "(ninguno)" : "(none)";
        Map<String, String> values = Map.of(
                "domain_name", template.names().getOrDefault(language.code(), template.key()),
                "domain_description", template.descriptions().getOrDefault(language.code(), ""),
                "actors", list(template.actors(language), none),
                "critical_dimensions", list(template.criticalDimensions(), none),
                "lexicon", list(template.lexicon(), none),
                "metrics", list(template.metrics(), none),
                "instructions", template.instructions() == null ? none : template.instructions());
        return PromptTemplate.fill(catalog.fragment(PromptCatalog.DOMAIN_CONTEXT, language), values);
    }

    /**
     * Appends the researcher's memos ({@link LlmRequest#RESEARCHER_MEMOS}) to the user message, framed by the shared
     * fragment, unless there are none or the prompt places them itself.
     */
    RenderedPrompt withResearcherMemos(RenderedPrompt prompt, PromptTemplate template, Map<String, String> variables) {
        String memos = variables.get(LlmRequest.RESEARCHER_MEMOS);
        if (memos == null || memos.isBlank() || template.placeholders().contains(LlmRequest.RESEARCHER_MEMOS)) {
            return prompt;
        }
        String block = PromptTemplate.fill(
                catalog.fragment(LlmRequest.RESEARCHER_MEMOS, template.language()), Map.of("memos", memos.strip()));
        return prompt.withUserSuffix(block);
    }

    String schemaInstruction(Language language, String schemaJson) {
        return PromptTemplate.fill(catalog.fragment(SCHEMA_INSTRUCTION, language), Map.of("schema", schemaJson));
    }

    private static String list(List<String> values, String none) {
        return values == null || values.isEmpty() ? none : String.join(", ", values);
    }
}
