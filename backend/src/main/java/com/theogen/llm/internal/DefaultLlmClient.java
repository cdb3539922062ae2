package com.theogen.llm.internal;

import com.theogen.llm.ByoKey;
import com.theogen.llm.Embeddings;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmStatus;
import com.theogen.llm.ModelRole;
import com.theogen.llm.ProviderKind;
import com.theogen.llm.TokenBudget;
import com.theogen.llm.internal.PromptPreparer.Prepared;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LlmClient}: decides access, then hands a call to its parts in order — {@link PromptPreparer} (prompt and
 * budget), {@link RepairingChat} (request with capability fallbacks and retries, parsing, validation, one repair) and
 * {@link UsageRecorder} (usage and metrics); embeddings go to the {@link EmbeddingRunner}.
 */
final class DefaultLlmClient implements LlmClient {

    private final LlmProperties properties;
    private final Optional<LlmProvider> provider;
    private final AccessPolicy access;
    private final ModelBudgets budgets;
    private final PromptPreparer prompts;
    private final RepairingChat chat;
    private final EmbeddingRunner embeddings;
    private final UsageRecorder usage;
    private final LlmMetrics metrics;
    private final Clock clock;

    DefaultLlmClient(
            LlmProperties properties,
            Optional<LlmProvider> provider,
            PromptComposer composer,
            TokenCounter tokens,
            StructuredOutput output,
            ResilientCaller caller,
            LlmMetrics metrics,
            Clock clock) {
        this.properties = properties;
        this.provider = provider;
        this.access = new AccessPolicy(
                properties, provider.map(LlmProvider::hasServerKey).orElse(false));
        this.budgets = new ModelBudgets(properties, tokens);
        this.prompts = new PromptPreparer(properties, composer, tokens, budgets);
        this.usage = new UsageRecorder(metrics, clock);
        this.metrics = metrics;
        this.clock = clock;
        this.chat = provider.map(
                        p -> new RepairingChat(new ChatRunner(p, new CapabilityMemory(), caller), output, prompts))
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
        return budgets.budget(role, maxOutputTokens);
    }

    @Override
    public int countTokens(ModelRole role, String text) {
        return budgets.count(role, text);
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

    /** A failed call that reached the provider still records its usage: the tokens were spent. */
    @Override
    public <T> LlmResult<T> call(LlmRequest<T> request, LlmRunContext run) {
        LlmAccess decided = remoteAccess(run);
        ResilientCaller.checkCanceled(run);
        Prepared<T> prepared = prompts.prepare(request, run);
        Instant started = clock.instant();
        CallStats stats = new CallStats();
        boolean ok = false;
        try {
            T value = chat.exchange(prepared, run, stats);
            ok = true;
            return new LlmResult<>(value, usage.record(prepared, run, decided, stats, started));
        } catch (ProviderFailure failure) {
            throw LlmErrors.fromProvider(
                    failure,
                    prepared.model().name(),
                    request.stage(),
                    run.userKey().isPresent());
        } finally {
            if (!ok && stats.requests > 0) {
                usage.record(prepared, run, decided, stats, started);
            }
            metrics.call(
                    prepared.model().name(),
                    request.role().key(),
                    ok ? "ok" : "error",
                    Duration.between(started, clock.instant()));
        }
    }

    private LlmAccess remoteAccess(LlmRunContext run) {
        LlmAccess decided = access.decide(run.userKey());
        if (!decided.remote() || provider.isEmpty()) {
            throw LlmErrors.offline(decided.reason());
        }
        return decided;
    }
}
