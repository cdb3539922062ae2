package com.theogen.interview;

/**
 * The recording behind an audio or video interview, as probed from its content.
 *
 * @param contentType what the recording is served as ({@code audio/mpeg}, {@code video/mp4} …)
 * @param container FFmpeg's name of the container
 * @param audioCodec the codec of the audio track
 * @param durationMs length of the recording
 * @param sizeBytes size of the stored file
 * @param sha256 checksum of the stored file (hex)
 * @param hasVideo whether the recording has a picture
 */
public record InterviewMedia(
        String contentType,
        String container,
        String audioCodec,
        long durationMs,
        long sizeBytes,
        String sha256,
        boolean hasVideo) {}
