package com.theogen.llm.internal;

import com.theogen.llm.BudgetTrim;
import com.theogen.llm.BudgetedPayload;
import com.theogen.llm.TrimStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Fits a prompt into its input budget. The prompt is rendered untrimmed first; only when it does not fit are the
 * payload's trim steps applied, in the payload's order, each as often as needed or possible. A prompt that still
 * does not fit is never sent: {@code CONTEXT_BUDGET_EXCEEDED}.
 */
final class BudgetPlanner {

    /** Guards against a trim step that never reports exhaustion. */
    private static final int MAX_APPLICATIONS = 100_000;

    /**
     * @param render renders the prompt from all variables (fixed ones plus the payload's)
     * @param count counts the tokens of a rendered prompt, schema included
     * @param available tokens the prompt may use
     */
    record Input(
            String stage,
            String model,
            Map<String, String> fixed,
            BudgetedPayload<?> payload,
            Function<Map<String, String>, RenderedPrompt> render,
            ToIntFunction<RenderedPrompt> count,
            int available) {}

    /** The prompt to send, its token count and the trims that made it fit (empty when it fitted untouched). */
    record Plan(RenderedPrompt prompt, int tokens, List<BudgetTrim> trims) {}

    Plan plan(Input input) {
        if (input.payload() == null) {
            RenderedPrompt prompt = input.render().apply(input.fixed());
            int tokens = input.count().applyAsInt(prompt);
            if (tokens > input.available()) {
                throw LlmErrors.budgetExceeded(input.stage(), input.model(), tokens, input.available(), "");
            }
            return new Plan(prompt, tokens, List.of());
        }
        return planPayload(input, input.payload());
    }

    private <S> Plan planPayload(Input input, BudgetedPayload<S> payload) {
        S state = payload.initial();
        RenderedPrompt prompt = render(input, payload, state);
        int tokens = input.count().applyAsInt(prompt);
        List<BudgetTrim> trims = new ArrayList<>();
        for (TrimStep<S> step : payload.trimOrder()) {
            if (tokens <= input.available()) {
                break;
            }
            int before = tokens;
            int applications = 0;
            while (tokens > input.available()) {
                Optional<S> next = step.trim().apply(state);
                if (next.isEmpty()) {
                    break;
                }
                if (++applications > MAX_APPLICATIONS) {
                    throw new IllegalStateException("Trim step " + step.name() + " never ends");
                }
                state = next.get();
                prompt = render(input, payload, state);
                tokens = input.count().applyAsInt(prompt);
            }
            if (applications > 0) {
                trims.add(new BudgetTrim(
                        input.stage(), step.name(), applications, before, tokens, payload.describe(state)));
            }
        }
        if (tokens > input.available()) {
            throw LlmErrors.budgetExceeded(
                    input.stage(),
                    input.model(),
                    tokens,
                    input.available(),
                    "after every trim step: " + payload.describe(state));
        }
        payload.sent(state);
        return new Plan(prompt, tokens, List.copyOf(trims));
    }

    private static <S> RenderedPrompt render(Input input, BudgetedPayload<S> payload, S state) {
        Map<String, String> variables = new HashMap<>(input.fixed());
        payload.render(state).forEach((name, value) -> {
            if (variables.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("Payload variable '" + name + "' is also a fixed variable");
            }
        });
        return input.render().apply(variables);
    }
}
