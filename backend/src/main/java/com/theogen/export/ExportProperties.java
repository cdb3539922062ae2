package com.theogen.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Export settings.
 *
 * @param directory where rendered theory exports are kept; {@code null} (the default) means
 *     {@code <theogen.storage.data-dir>/exports}
 * @param inlineMaxQuotes reports with at most this many evidence quotes render inside the request; larger
 *     ones run as a durable {@code export} job
 * @param sweepInterval how often the sweep removes files whose export row is gone (deleted projects), stale
 *     inline renders and re-queues job exports left without a job
 * @param pendingTimeout how long an export may stay pending before the sweep treats it as abandoned
 * @param maxInterviewFragments the most fragments one interview export may contain (a larger request is refused
 *     with {@code EXPORT_TOO_LARGE}; export fewer interviews at a time)
 * @param linkBaseUrl the dashboard's public address (e.g. {@code https://theogen.example.org}); quotes in exports
 *     link to their place in the transcript under it. Blank: exports carry no links
 */
@Validated
@ConfigurationProperties("theogen.export")
public record ExportProperties(
        Path directory,
        @Min(0) @Max(1_000_000) int inlineMaxQuotes,
        @NotNull Duration sweepInterval,
        @NotNull Duration pendingTimeout,
        @Min(1) int maxInterviewFragments,
        String linkBaseUrl) {

    public ExportProperties {
        linkBaseUrl = linkBaseUrl == null ? "" : linkBaseUrl.strip();
    }
}
