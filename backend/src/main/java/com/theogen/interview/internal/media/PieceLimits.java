package com.theogen.interview.internal.media;

import com.theogen.interview.InterviewFormat;
import java.util.Set;

/**
 * What one transcription request may carry.
 *
 * @param maxBytes largest file per request
 * @param maxDurationMs longest audio per request
 * @param accepted the formats the provider reads as they are; anything else is decoded first
 */
public record PieceLimits(long maxBytes, long maxDurationMs, Set<InterviewFormat> accepted) {}
