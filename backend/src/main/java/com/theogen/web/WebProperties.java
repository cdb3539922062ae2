package com.theogen.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP edge settings.
 *
 * @param blockingThreads threads available for blocking work (JPA, files, LLM calls) behind controllers
 * @param blockingQueue tasks that may wait for a blocking thread before new requests are refused
 */
@Validated
@ConfigurationProperties("theogen.web")
public record WebProperties(@Min(1) @Max(512) int blockingThreads, @Min(1) int blockingQueue) {}
