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

    /**
     * What the run manifest records for a call: the prompt file's id and version, a hash of everything fixed that
     * the model reads (the prompt file, the shared domain-context and schema-instruction fragments, the output
     * schema), the schema's name and own hash, and the versions of the text assembled in Java (the payload's layout,
     * the caller's variables). Two runs with the same reference sent the same prompt around different data.
     * For example {@code paradigm/paradigm.en.v2 sha256:1a2b3c4d5e6f schema:paradigm_out#0f9e8d7c6b5a
     * format:evidence_payload.v2+transcript_delimiters.v1}.
     */
    String reference(
            PromptTemplate template, String schemaName, String schemaJson, com.theogen.llm.LlmRequest<?> request) {
        Language language = template.language();
        String fixed = String.join(
                "\u0000",
                template.system(),
                template.shared(),
                template.user(),
                catalog.fragment(PromptCatalog.DOMAIN_CONTEXT, language),
                catalog.fragment(SCHEMA_INSTRUCTION, language),
                schemaJson);
        List<String> formats = new java.util.ArrayList<>();
        if (request.payload() != null && !request.payload().format().isBlank()) {
            formats.add(request.payload().format());
        }
        if (!request.format().isBlank()) {
            formats.add(request.format());
        }
        return template.reference() + " sha256:" + sha256(fixed).substring(0, 12) + " schema:" + schemaName + "#"
                + sha256(schemaJson).substring(0, 12)
                + (formats.isEmpty() ? "" : " format:" + String.join("+", formats));
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String schemaInstruction(Language language, String schemaJson) {
        return PromptTemplate.fill(catalog.fragment(SCHEMA_INSTRUCTION, language), Map.of("schema", schemaJson));
    }

    private static String list(List<String> values, String none) {
        return values == null || values.isEmpty() ? none : String.join(", ", values);
    }
}
