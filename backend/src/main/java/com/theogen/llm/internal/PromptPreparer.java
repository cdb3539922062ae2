package com.theogen.llm.internal;

import com.knuddels.jtokkit.api.Encoding;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.TokenBudget;
import com.theogen.llm.internal.OutputSchemas.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a request's prompt (domain, researcher memos, schema instruction) and fits it into the model's budget,
 * recording the trims in the run; renders the repair prompt for a reply that did not validate.
 */
final class PromptPreparer {

    static final String REPAIR_PROMPT = "json_repair/json_repair";

    /**
     * A request ready to send: its model, the schema and the instruction that carries it when {@code
     * response_format} cannot, the budget, the prompt reference recorded in usage and the fitted prompt.
     */
    record Prepared<T>(
            LlmRequest<T> request,
            ChatModel model,
            Encoding encoding,
            Schema schema,
            String instruction,
            TokenBudget budget,
            String reference,
            BudgetPlanner.Plan plan) {}

    private final LlmProperties properties;
    private final PromptComposer prompts;
    private final TokenCounter tokens;
    private final ModelBudgets budgets;
    private final OutputSchemas schemas = new OutputSchemas();
    private final BudgetPlanner planner = new BudgetPlanner();

    PromptPreparer(LlmProperties properties, PromptComposer prompts, TokenCounter tokens, ModelBudgets budgets) {
        this.properties = properties;
        this.prompts = prompts;
        this.tokens = tokens;
        this.budgets = budgets;
    }

    <T> Prepared<T> prepare(LlmRequest<T> request, LlmRunContext run) {
        ChatModel model = properties.models().of(request.role());
        Encoding encoding = budgets.encoding(model);
        Schema schema = schemas.of(request.outputType());
        String instruction = prompts.schemaInstruction(request.language(), schema.json());
        TokenBudget budget = budgets.budget(request.role(), request.maxOutputTokens());
        PromptTemplate template = prompts.template(request.promptId(), request.language());
        String reference = prompts.reference(template, schema.name(), schema.json(), request);
        BudgetPlanner.Plan plan = planner.plan(new BudgetPlanner.Input(
                request.stage(),
                model.name(),
                prompts.withDomain(request.variables(), request.domainTemplate(), request.language()),
                request.payload(),
                variables -> render(template, variables),
                prompt -> worstCaseTokens(encoding, prompt, instruction),
                budget.available()));
        plan.trims().forEach(run.recorder()::recordTrim);
        return new Prepared<>(request, model, encoding, schema, instruction, budget, reference, plan);
    }

    /**
     * The one repair request: the invalid reply, what is wrong with it and the schema.
     *
     * @throws com.theogen.shared.DomainException {@code LLM_OUTPUT_INVALID} when the repair prompt does not fit
     */
    RenderedPrompt repair(Prepared<?> call, String invalid, String excerpt, List<String> errors) {
        LlmRequest<?> request = call.request();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("schema", call.schema().json());
        variables.put("errors", "- " + String.join("\n- ", errors));
        variables.put("previous_output", invalid);
        PromptTemplate template = prompts.template(REPAIR_PROMPT, request.language());
        RenderedPrompt prompt =
                render(template, prompts.withDomain(variables, request.domainTemplate(), request.language()));
        if (worstCaseTokens(call.encoding(), prompt, call.instruction())
                > call.budget().available()) {
            throw LlmErrors.outputInvalid(request.stage(), call.model().name(), excerpt, errors);
        }
        return prompt;
    }

    /** Servers that report no usage (some OpenAI-compatible ones) still get a fair output count. */
    int countOutput(Prepared<?> call, String content) {
        return tokens.count(call.encoding(), content);
    }

    /** Counted as if the schema went both in the prompt and as response_format: fallbacks never break the fit. */
    private int worstCaseTokens(Encoding encoding, RenderedPrompt prompt, String instruction) {
        return tokens.countPrompt(encoding, prompt.withUserSuffix(instruction), null) + TokenCounter.SCHEMA_FRAMING;
    }

    private RenderedPrompt render(PromptTemplate template, Map<String, String> variables) {
        try {
            return prompts.withResearcherMemos(template.render(variables), template, variables);
        } catch (IllegalArgumentException e) {
            throw LlmErrors.promptProblem(e.getMessage());
        }
    }
}
