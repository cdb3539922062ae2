package com.theogen.llm;

import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One structured call a stage makes. Build it with {@link #builder(String, ModelRole, Class)}.
 *
 * @param stage stage name for usage, trims and errors (for example {@code paradigm})
 * @param role which configured model answers
 * @param promptId catalog id {@code <stage>/<name>} of the prompt (for example {@code paradigm/paradigm}); the
 *     newest version in {@code language} is used
 * @param language the project's language; selects the prompt file
 * @param domainTemplate the project's domain template key; its actors, dimensions, lexicon, metrics and
 *     instructions are injected into the prompt
 * @param variables fixed prompt variables (never trimmed)
 * @param payload optional trimmable variables; {@code null} when the prompt has none
 * @param outputType the record the reply must parse into; it is validated with Bean Validation
 * @param maxOutputTokens cap on the reply's tokens; also reserved in the context budget
 * @param format the version of the text the caller assembled in Java for the fixed variables (for example {@code
 *     open_coding_lines.v2}), recorded in the run manifest with the prompt's version and hashes; may be empty
 * @param cacheKey sent as {@code prompt_cache_key} where the provider takes it, so that the calls of one chain that
 *     share a prompt prefix are routed to the same cache (docs/adr/038); {@code null} for none
 * @param <T> the output type
 */
public record LlmRequest<T>(
        String stage,
        ModelRole role,
        String promptId,
        Language language,
        String domainTemplate,
        Map<String, String> variables,
        BudgetedPayload<?> payload,
        Class<T> outputType,
        int maxOutputTokens,
        String format,
        String cacheKey) {

    /**
     * The variable that carries the researcher's own memos (already delimited, see {@link Builder#researcherMemos}).
     * A prompt that does not place it gets them appended to its user message, framed by the shared {@code
     * researcher_memos} fragment as context that the data outweighs (docs/adr/036).
     */
    public static final String RESEARCHER_MEMOS = "researcher_memos";

    public LlmRequest {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(domainTemplate, "domainTemplate");
        Objects.requireNonNull(outputType, "outputType");
        variables = Map.copyOf(variables);
        format = format == null ? "" : format;
        cacheKey = cacheKey == null || cacheKey.isBlank() ? null : cacheKey;
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive");
        }
    }

    /** Starts a request whose prompt id defaults to {@code <stage>/<stage>}, in English, generic template. */
    public static <T> Builder<T> builder(String stage, ModelRole role, Class<T> outputType) {
        return new Builder<>(stage, role, outputType);
    }

    /** Builder for {@link LlmRequest}. */
    public static final class Builder<T> {
        private final String stage;
        private final ModelRole role;
        private final Class<T> outputType;
        private final Map<String, String> variables = new LinkedHashMap<>();
        private String promptId;
        private Language language = Language.EN;
        private String domainTemplate = DomainTemplateCatalog.DEFAULT_KEY;
        private BudgetedPayload<?> payload;
        private int maxOutputTokens = 2048;
        private String format = "";
        private String cacheKey;

        private Builder(String stage, ModelRole role, Class<T> outputType) {
            this.stage = stage;
            this.role = role;
            this.outputType = outputType;
            this.promptId = stage + "/" + stage;
        }

        public Builder<T> prompt(String promptId) {
            this.promptId = promptId;
            return this;
        }

        public Builder<T> language(Language language) {
            this.language = language;
            return this;
        }

        public Builder<T> domainTemplate(String domainTemplate) {
            this.domainTemplate = domainTemplate;
            return this;
        }

        public Builder<T> variable(String name, String value) {
            variables.put(name, value);
            return this;
        }

        public Builder<T> variables(Map<String, String> values) {
            variables.putAll(values);
            return this;
        }

        /** The researcher's own memos as context; blank for none. Fixed (never trimmed): bound it before. */
        public Builder<T> researcherMemos(String memos) {
            if (memos != null && !memos.isBlank()) {
                variables.put(RESEARCHER_MEMOS, memos);
            }
            return this;
        }

        public Builder<T> payload(BudgetedPayload<?> payload) {
            this.payload = payload;
            return this;
        }

        public Builder<T> maxOutputTokens(int maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /** The version of the Java-assembled text in the fixed variables, for the manifest. */
        public Builder<T> format(String format) {
            this.format = format;
            return this;
        }

        /** A stable {@code prompt_cache_key} for a chain of calls that share their prompt's prefix. */
        public Builder<T> cacheKey(String cacheKey) {
            this.cacheKey = cacheKey;
            return this;
        }

        public LlmRequest<T> build() {
            return new LlmRequest<>(
                    stage,
                    role,
                    promptId,
                    language,
                    domainTemplate,
                    variables,
                    payload,
                    outputType,
                    maxOutputTokens,
                    format,
                    cacheKey);
        }
    }
}
