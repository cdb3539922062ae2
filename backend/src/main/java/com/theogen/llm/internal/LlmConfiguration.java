package com.theogen.llm.internal;

import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmProperties;
import com.theogen.llm.ProviderKind;
import com.theogen.project.DomainTemplateCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the LLM layer from {@link LlmProperties}; with {@code provider=offline} no network client is built. */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean
    LlmClient llmClient(
            LlmProperties properties,
            DomainTemplateCatalog templates,
            Validator validator,
            ObjectProvider<MeterRegistry> registry) {
        Clock clock = Clock.systemUTC();
        Optional<LlmProvider> provider = properties.provider() == ProviderKind.OFFLINE
                ? Optional.empty()
                : Optional.of(new OpenAiLlmProvider(properties, clock));
        LlmMetrics metrics = new LlmMetrics(
                registry.getIfAvailable(SimpleMeterRegistry::new),
                properties.provider().key());
        ResilientCaller caller = new ResilientCaller(
                properties.calls(),
                clock,
                Sleeper.THREAD,
                () -> ThreadLocalRandom.current().nextDouble(),
                metrics);
        log.info(
                "LLM layer: provider={}, cost_mode={}, allow_byo_key={}, server_key={}",
                properties.provider().key(),
                properties.costMode().key(),
                properties.allowByoKey(),
                provider.map(p -> p.hasServerKey() ? "usable" : "none").orElse("n/a"));
        return new DefaultLlmClient(
                properties,
                provider,
                new PromptComposer(new PromptCatalog(), templates),
                new TokenCounter(),
                new StructuredOutput(validator),
                caller,
                metrics,
                clock);
    }

    @Bean
    LlmHealthIndicator llmHealthIndicator(LlmClient client) {
        return new LlmHealthIndicator(client);
    }
}
