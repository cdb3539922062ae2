/**
 * The LLM layer: one small API through which every analytic stage talks to a model.
 *
 * <p>Stages build an {@link com.theogen.llm.LlmRequest} (stage, model role, prompt id and language, variables,
 * an optional trimmable payload, the output record type and the output token cap) and call {@link
 * com.theogen.llm.LlmClient#call} with the run's {@link com.theogen.llm.LlmRunContext}. They get back the
 * validated output record and the call's {@link com.theogen.llm.LlmUsage}. Providers (Azure OpenAI or any
 * OpenAI-compatible server), capability fallbacks, retries, JSON repair, token budgeting, prompts and cost
 * modes live in {@code internal} and are configured under {@code theogen.llm.*}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "project"})
package com.theogen.llm;
