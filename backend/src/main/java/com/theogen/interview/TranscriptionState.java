package com.theogen.interview;

import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * Where a recording's transcription stands.
 *
 * @param jobId the transcription job (poll {@code /api/projects/{id}/jobs/{job_id}}), {@code null} when none ran
 * @param errorCode why it failed or waits ({@code TRANSCRIPTION_UNAVAILABLE}, {@code MEDIA_TOO_LONG},
 *     {@code TRANSCRIPTION_RATE_LIMITED} …), {@code null} otherwise
 * @param error the same, in words
 */
public record TranscriptionState(@Nullable UUID jobId, @Nullable String errorCode, @Nullable String error) {}
