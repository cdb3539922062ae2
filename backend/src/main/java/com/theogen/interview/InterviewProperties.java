package com.theogen.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Upload limits and fragmentation.
 *
 * @param maxFileSize largest file accepted; larger ones answer 413 {@code FILE_TOO_LARGE} naming the file
 * @param maxFiles most files in one upload request; more answer 400 {@code TOO_MANY_FILES}
 * @param maxRequestSize largest upload request body, checked from {@code Content-Length} and while streaming
 *     (uploads are buffered in memory up to this size)
 * @param maxFragmentChars speaker turns longer than this are split at sentence boundaries; a single sentence
 *     longer than this is split at a word boundary
 */
@Validated
@ConfigurationProperties("theogen.interview")
public record InterviewProperties(
        @NotNull DataSize maxFileSize,
        @Min(1) @Max(1000) int maxFiles,
        @NotNull DataSize maxRequestSize,
        @Min(100) @Max(100_000) int maxFragmentChars) {}
