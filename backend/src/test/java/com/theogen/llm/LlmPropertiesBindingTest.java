package com.theogen.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding of {@code theogen.llm.*} as operators write it, and the combinations refused at startup. */
class LlmPropertiesBindingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LlmProperties.class)
    static class Bind {}

    static final String[] BASE = {
        "theogen.llm.provider=openai",
        "theogen.llm.cost-mode=paid",
        "theogen.llm.azure.api-version=2024-10-21",
        "theogen.llm.openai.base-url=http://localhost:11434/v1",
        "theogen.llm.models.coding.name=llama3.1:8b",
        "theogen.llm.models.coding.context-limit=8192",
        "theogen.llm.models.reasoning.name=llama3.1:8b",
        "theogen.llm.models.reasoning.context-limit=8192",
        "theogen.llm.models.fast.name=llama3.1:8b",
        "theogen.llm.models.fast.context-limit=8192",
        "theogen.llm.models.embedding.name=nomic-embed-text",
        "theogen.llm.models.embedding.batch-size=16",
        "theogen.llm.models.embedding.max-input-tokens=2048",
        "theogen.llm.calls.timeout=PT30S",
        "theogen.llm.calls.max-attempts=3",
        "theogen.llm.calls.initial-backoff=PT1S",
        "theogen.llm.calls.max-backoff=PT10S",
        "theogen.llm.calls.max-retry-after=PT30S",
        "theogen.llm.calls.max-concurrency=2",
        "theogen.llm.budget.margin-tokens=256",
        "theogen.llm.budget.margin-ratio=0.05"
    };

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bind.class)
            .withPropertyValues(BASE);

    @Test
    void bindsAnOllamaSetupWrittenTheWayOperatorsWriteIt() {
        runner.withPropertyValues(
                        "theogen.llm.cost-mode=byo_key",
                        "theogen.llm.allow-byo-key=true",
                        "theogen.llm.openai.keyless=true",
                        "theogen.llm.models.coding.token-parameter=max_tokens",
                        "theogen.llm.models.coding.encoding=cl100k_base")
                .run(context -> {
                    LlmProperties properties = context.getBean(LlmProperties.class);
                    assertThat(properties.costMode()).isEqualTo(CostMode.BYO_KEY);
                    assertThat(properties.openai().keyless()).isTrue();
                    assertThat(properties.models().coding().tokenParameter())
                            .isEqualTo(LlmProperties.TokenParameter.MAX_TOKENS);
                    assertThat(properties.models().fast().tokenParameter())
                            .isEqualTo(LlmProperties.TokenParameter.MAX_COMPLETION_TOKENS);
                    assertThat(properties.models().fast().temperature()).isNull();
                });
    }

    @Test
    void byoKeyModeWithoutAllowingUsersKeysDoesNotStart() {
        runner.withPropertyValues("theogen.llm.cost-mode=byo_key").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("requires theogen.llm.allow-byo-key=true"));
    }

    @Test
    void azureWithoutEndpointDoesNotStart() {
        runner.withPropertyValues("theogen.llm.provider=azure").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("theogen.llm.azure.endpoint"));
    }

    @Test
    void outOfRangeValuesAreRejected() {
        runner.withPropertyValues("theogen.llm.calls.max-attempts=0")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("maxAttempts"));
    }

    @Test
    void keysNeverAppearInTheBoundPropertiesText() {
        runner.withPropertyValues("theogen.llm.openai.api-key=sk-server-secret-value-1234")
                .run(context -> assertThat(context.getBean(LlmProperties.class).toString())
                        .doesNotContain("sk-server-secret-value-1234")
                        .contains("<redacted>"));
    }
}
