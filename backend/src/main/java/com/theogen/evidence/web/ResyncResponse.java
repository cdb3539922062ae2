package com.theogen.evidence.web;

import java.util.UUID;

/**
 * A resync job accepted. Poll {@code statusUrl} ({@code /api/projects/{id}/jobs/{task_id}}) for progress.
 *
 * @param reused {@code true} when the caller's resync of this project was already running
 */
public record ResyncResponse(
        UUID taskId, String kind, String status, Integer nextPollSeconds, boolean reused, String statusUrl) {}
