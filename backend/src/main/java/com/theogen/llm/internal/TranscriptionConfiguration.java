package com.theogen.llm.internal;

import com.theogen.llm.LlmProperties;
import com.theogen.llm.Transcriber;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires speech-to-text from {@code theogen.llm.transcription.*}; {@code offline} builds no client. */
@Configuration(proxyBeanMethods = false)
class TranscriptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TranscriptionConfiguration.class);

    @Bean
    Transcriber transcriber(LlmProperties properties, ObjectProvider<MeterRegistry> registry) {
        LlmProperties.Transcription config = properties.transcription();
        Optional<SpeechApi> api =
                switch (config.provider()) {
                    case AZURE -> Optional.of(new AzureSpeechApi(config.azure()));
                    case OPENAI -> Optional.of(new OpenAiSpeechApi(properties.openai(), config));
                    case OFFLINE -> Optional.empty();
                };
        LlmMetrics metrics = new LlmMetrics(
                registry.getIfAvailable(SimpleMeterRegistry::new),
                "transcription-" + config.provider().key());
        ResilientCaller caller = new ResilientCaller(
                properties.calls(),
                Clock.systemUTC(),
                Sleeper.THREAD,
                () -> ThreadLocalRandom.current().nextDouble(),
                metrics);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        log.info(
                "Transcription: provider={}, server_key={}",
                config.provider().key(),
                api.map(a -> a.keyless() || a.serverKey().isPresent() ? "usable" : "none")
                        .orElse("n/a"));
        return new DefaultTranscriber(properties, api, caller, http);
    }
}
