package com.theogen.llm.internal;

import com.knuddels.jtokkit.api.Encoding;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.ModelRole;
import com.theogen.llm.TokenBudget;

/** Each role's model window split into output, safety margin and what the prompt may use; token counts per model. */
final class ModelBudgets {

    private final LlmProperties properties;
    private final TokenCounter tokens;

    ModelBudgets(LlmProperties properties, TokenCounter tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    TokenBudget budget(ModelRole role, int maxOutputTokens) {
        ChatModel model = properties.models().of(role);
        int margin = Math.max(properties.budget().marginTokens(), (int)
                Math.ceil(properties.budget().marginRatio() * model.contextLimit()));
        return new TokenBudget(
                model.name(),
                model.contextLimit(),
                maxOutputTokens,
                margin,
                model.contextLimit() - maxOutputTokens - margin);
    }

    Encoding encoding(ChatModel model) {
        return tokens.encodingFor(model.name(), model.encoding());
    }

    int count(ModelRole role, String text) {
        return tokens.count(encoding(properties.models().of(role)), text);
    }
}
