package com.theogen.llm.internal;

import static com.theogen.support.ScriptedLlmServer.Reply.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmError;
import com.theogen.llm.LlmResult;
import com.theogen.llm.LlmRunContext;
import com.theogen.llm.LlmRunLog;
import com.theogen.llm.ProviderKind;
import com.theogen.llm.internal.Outputs.OpenCoding;
import com.theogen.project.DomainTemplateCatalog;
import com.theogen.shared.DomainException;
import com.theogen.support.ScriptedLlmServer;
import com.theogen.support.ScriptedLlmServer.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The llm module started alone (no database, no other module's beans): Spring wires {@link LlmClient} from {@code
 * theogen.llm.*} and it talks to an OpenAI-compatible server. Its one neighbour, the project module's domain template
 * catalog, is a plain data catalog and is given as such.
 */
@ApplicationModuleTest
@TestPropertySource(
        properties = {
            // the Neo4j harness on the test classpath would make Boot deduce a servlet application
            "spring.main.web-application-type=reactive",
            "spring.autoconfigure.exclude="
                    + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration,"
                    + "org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration,"
                    + "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
            "theogen.llm.provider=openai",
            "theogen.llm.openai.api-key=" + LlmModuleTest.KEY,
            "theogen.llm.calls.max-attempts=2",
            "theogen.llm.calls.initial-backoff=PT0.01S",
            "theogen.llm.calls.max-backoff=PT0.02S"
        })
class LlmModuleTest {

    static final String KEY = "sk-module-test-key-0123456789";
    static final ScriptedLlmServer SERVER = start();

    @TestConfiguration
    static class Neighbours {
        @Bean
        DomainTemplateCatalog domainTemplates() {
            return new DomainTemplateCatalog();
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("theogen.llm.openai.base-url", SERVER::baseUrl);
    }

    @Autowired
    LlmClient llm;

    @BeforeEach
    void freshScript() {
        SERVER.clearScript();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void wiresTheConfiguredProviderAndReturnsTheValidatedOutputWithItsUsage() {
        SERVER.enqueue(chat(Outputs.CODING_JSON));
        LlmRunLog log = new LlmRunLog();

        LlmResult<OpenCoding> result = llm.call(OpenAiWireTest.coding(), run(log));

        assertThat(llm.status().provider()).isEqualTo(ProviderKind.OPENAI);
        assertThat(result.output().codes()).extracting(c -> c.fragmentId()).containsExactly("f1", "f2");
        assertThat(result.usage().requests()).isEqualTo(1);
        assertThat(SERVER.request(0).header("authorization")).contains("Bearer " + KEY);
        assertThat(SERVER.request(0).systemMessage()).contains("carers, nurses");
    }

    @Test
    void reportsAProviderThatKeepsFailingAsATypedRetriableError() {
        SERVER.enqueue(ScriptedLlmServer.Reply.serverError(), ScriptedLlmServer.Reply.serverError());

        assertThatThrownBy(() -> llm.call(OpenAiWireTest.coding(), run(new LlmRunLog())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(LlmError.UNAVAILABLE);
                    assertThat(e.retriable()).isTrue();
                });
        assertThat(SERVER.requests()).hasSize(2);
    }

    private static LlmRunContext run(LlmRunLog log) {
        return new LlmRunContext(Optional.empty(), Instant.now().plusSeconds(600), () -> false, log);
    }

    private static ScriptedLlmServer start() {
        try {
            return new ScriptedLlmServer(Dialect.OPENAI, KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
