package com.theogen.interview;

import java.time.Instant;

/**
 * A short-lived, signed address of a recording for an {@code <audio>}/{@code <video>} element, which cannot send
 * a bearer token: whoever holds the link may read that one recording (with range requests) until it expires.
 *
 * @param url relative URL, {@code /api/media/{interviewId}?expires=…&signature=…}
 * @param expiresAt when the link stops working; ask for a new one before
 */
public record MediaLink(String url, Instant expiresAt, String contentType, long durationMs, boolean hasVideo) {}
