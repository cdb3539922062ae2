package com.theogen.llm;

import java.util.Set;

/**
 * What the configured transcription provider takes.
 *
 * @param maxRequestBytes largest file per request
 * @param maxRequestDurationMs longest audio per request
 * @param acceptedExtensions formats sent as they are ({@code mp3}, {@code wav} …); others must be converted
 * @param maxDurationMs longest recording transcribed at all
 */
public record TranscriptionLimits(
        long maxRequestBytes, long maxRequestDurationMs, Set<String> acceptedExtensions, long maxDurationMs) {}
