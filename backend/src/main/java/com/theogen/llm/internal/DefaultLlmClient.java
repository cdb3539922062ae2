package com.theogen.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.api.Encoding;
import com.theogen.llm.ByoKey;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmProperties.ChatModel;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmStatus;
import com.theogen.llm.LlmUsage;
import com.theogen.llm.ModelRole;
import com.theogen.llm.ProviderKind;
import com.theogen.llm.TokenBudget;
import com.theogen.llm.internal.LlmProvider.ChatReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LlmClient}: access decision, prompt rendering and budget, the chat request with capability fallbacks
 * and retries, tolerant parsing, validation and one repair call, then usage and metrics.
 */
final class DefaultLlmClient implements LlmClient {

    static final String REPAIR_PROMPT = "json_repair/json_repair";

    private static final Logger log = LoggerFactory.getLogger(DefaultLlmClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmProperties properties;
    private final Optional<LlmProvider> provider;
    private final AccessPolicy access;
    private final PromptComposer prompts;
    private final TokenCounter tokens;
    private final BudgetPlanner planner = new BudgetPlanner();
    private final StructuredOutput output;
    private final ChatRunner chat;
    private final EmbeddingRunner embeddings;
    private final LlmMetrics metrics;
    private final Clock clock;
    private final Map<Class<?>, Schema> schemas = new ConcurrentHashMap<>();

    private record Schema(String name, Map<String, Object> schema, String json) {}

    DefaultLlmClient(
            LlmProperties properties,
            Optional<LlmProvider> provider,
            PromptComposer prompts,
            TokenCounter tokens,
            StructuredOutput output,
            ResilientCaller caller,
            LlmMetrics metrics,
            Clock clock) {
        this.properties = properties;
        this.provider = provider;
        this.access = new AccessPolicy(
                properties, provider.map(LlmProvider::hasServerKey).orElse(false));
        this.prompts = prompts;
        this.tokens = tokens;
        this.output = output;
        this.metrics = metrics;
        this.clock = clock;
        this.chat = provider.map(p -> new ChatRunner(p, new CapabilityMemory(), caller))
                .orElse(null);
        this.embeddings = provider.map(
                        p -> new EmbeddingRunner(p, properties.models().embedding(), tokens, caller, clock))
                .orElse(null);
    }

    @Override
    public LlmAccess access(Optional<ByoKey> userKey) {
        return access.decide(userKey);
    }

    @Override
    public TokenBudget budget(ModelRole role, int maxOutputTokens) {
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

    @Override
    public int countTokens(ModelRole role, String text) {
        ChatModel model = properties.models().of(role);
        return tokens.count(tokens.encodingFor(model.name(), model.encoding()), text);
    }

    @Override
    public LlmStatus status() {
        Map<String, String> models = new LinkedHashMap<>();
        if (properties.provider() != ProviderKind.OFFLINE) {
            for (ModelRole role : ModelRole.values()) {
                models.put(role.key(), properties.models().of(role).name());
            }
            models.put("embedding", properties.models().embedding().name());
        }
        return new LlmStatus(
                properties.provider(),
                properties.costMode(),
                properties.allowByoKey(),
                ByoKey.HEADER,
                provider.map(LlmProvider::hasServerKey).orElse(false),
                models);
    }

    @Override
    public Embeddings embed(List<String> texts, LlmRunContext run) {
        LlmAccess decided = remoteAccess(run);
        return embeddings.embed(texts, run, decided, metrics);
    }

    @Override
    public <T> LlmResult<T> call(LlmRequest<T> request, LlmRunContext run) {
        LlmAccess decided = remoteAccess(run);
        ResilientCaller.checkCanceled(run);
        ChatModel model = properties.models().of(request.role());
        Encoding encoding = tokens.encodingFor(model.name(), model.encoding());
        Schema schema = schemas.computeIfAbsent(request.outputType(), DefaultLlmClient::schemaOf);
        String instruction = prompts.schemaInstruction(request.language(), schema.json());
        TokenBudget budget = budget(request.role(), request.maxOutputTokens());
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

        Instant started = clock.instant();
        CallStats stats = new CallStats();
        boolean repaired = false;
        boolean truncated = false;
        String outcome = "error";
        try {
            ChatReply reply = send(model, plan.prompt(), instruction, schema, request, run, stats);
            estimateUnreported(encoding, reply, stats);
            StructuredOutput.Outcome<T> parsed = output.parse(reply.content(), request.outputType());
            truncated = parsed.truncated() || "length".equals(reply.finishReason());
            if (!parsed.valid()) {
                repaired = true;
                ChatReply second =
                        repair(model, encoding, budget, schema, instruction, request, reply, parsed, run, stats);
                estimateUnreported(encoding, second, stats);
                parsed = output.parse(second.content(), request.outputType());
                if (!parsed.valid()) {
                    throw LlmErrors.outputInvalid(request.stage(), model.name(), parsed.excerpt(), parsed.errors());
                }
                truncated = parsed.truncated() || "length".equals(second.finishReason());
            }
            outcome = "ok";
            return new LlmResult<>(
                    parsed.value(),
                    usage(request, run, decided, model, plan, stats, started, repaired, truncated, reference));
        } catch (ProviderFailure failure) {
            throw LlmErrors.fromProvider(
                    failure, model.name(), request.stage(), run.userKey().isPresent());
        } finally {
            if (!"ok".equals(outcome) && stats.requests > 0) {
                usage(request, run, decided, model, plan, stats, started, repaired, truncated, reference);
            }
            metrics.call(model.name(), request.role().key(), outcome, Duration.between(started, clock.instant()));
        }
    }

    private LlmAccess remoteAccess(LlmRunContext run) {
        LlmAccess decided = access.decide(run.userKey());
        if (!decided.remote() || provider.isEmpty()) {
            throw LlmErrors.offline(decided.reason());
        }
        return decided;
    }

    private <T> ChatReply send(
            ChatModel model,
            RenderedPrompt prompt,
            String instruction,
            Schema schema,
            LlmRequest<T> request,
            LlmRunContext run,
            CallStats stats) {
        return chat.send(
                model,
                prompt,
                instruction,
                schema.name(),
                schema.schema(),
                request.maxOutputTokens(),
                request.cacheKey(),
                run,
                stats);
    }

    /** One repair request: the invalid reply, what is wrong with it and the schema, on the same model. */
    private <T> ChatReply repair(
            ChatModel model,
            Encoding encoding,
            TokenBudget budget,
            Schema schema,
            String instruction,
            LlmRequest<T> request,
            ChatReply invalid,
            StructuredOutput.Outcome<T> parsed,
            LlmRunContext run,
            CallStats stats) {
        log.info(
                "Stage {}: reply of {} is not valid ({}); sending one repair request",
                request.stage(),
                model.name(),
                parsed.errors().isEmpty() ? "?" : parsed.errors().get(0));
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("schema", schema.json());
        variables.put("errors", "- " + String.join("\n- ", parsed.errors()));
        variables.put("previous_output", invalid.content());
        PromptTemplate template = prompts.template(REPAIR_PROMPT, request.language());
        RenderedPrompt prompt =
                render(template, prompts.withDomain(variables, request.domainTemplate(), request.language()));
        int needed = worstCaseTokens(encoding, prompt, instruction);
        if (needed > budget.available()) {
            throw LlmErrors.outputInvalid(request.stage(), model.name(), parsed.excerpt(), parsed.errors());
        }
        return send(model, prompt, instruction, schema, request, run, stats);
    }

    /** Servers that report no usage (some OpenAI-compatible ones) still get a fair output count. */
    private void estimateUnreported(Encoding encoding, ChatReply reply, CallStats stats) {
        if (reply.completionTokens() == null) {
            stats.completionTokens += tokens.count(encoding, reply.content());
        }
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

    private <T> LlmUsage usage(
            LlmRequest<T> request,
            LlmRunContext run,
            LlmAccess decided,
            ChatModel model,
            BudgetPlanner.Plan plan,
            CallStats stats,
            Instant started,
            boolean repaired,
            boolean truncated,
            String prompt) {
        long input = stats.promptTokens > 0 ? stats.promptTokens : plan.tokens();
        LlmUsage usage = new LlmUsage(
                request.stage(),
                prompt,
                decided.provider(),
                model.name(),
                request.role(),
                decided.keySource(),
                input,
                stats.completionTokens,
                Duration.between(started, clock.instant()),
                stats.requests,
                stats.retries,
                stats.adjustments,
                repaired,
                truncated,
                stats.cachedTokens);
        run.recorder().recordCall(usage);
        report(usage);
        return usage;
    }

    private void report(LlmUsage usage) {
        metrics.tokens(usage.model(), usage.inputTokens(), usage.outputTokens());
        log.debug(
                "LLM call stage={} model={} tokens_in={} tokens_out={} requests={} retries={} latency_ms={}",
                usage.stage(),
                usage.model(),
                usage.inputTokens(),
                usage.outputTokens(),
                usage.requests(),
                usage.retries(),
                usage.latency().toMillis());
    }

    private static Schema schemaOf(Class<?> type) {
        Map<String, Object> schema = JsonSchemas.of(type);
        try {
            return new Schema(JsonSchemas.name(type), schema, JSON.writeValueAsString(schema));
        } catch (JsonProcessingException e) {
            throw LlmErrors.promptProblem("Cannot write the output schema of " + type.getName());
        }
    }
}
