package com.theogen.interview.internal.media;

import com.theogen.interview.InterviewFormat;

/**
 * What probing a recording found, from its content alone.
 *
 * @param format the stored format: the container, and for MP4 whether it holds video
 * @param container FFmpeg's name of the container ({@code mp3}, {@code mov,mp4,m4a,3gp,3g2,mj2} …)
 * @param audioCodec the codec of the first audio track ({@code opus}, {@code aac}, {@code pcm_s16le} …)
 * @param durationMs the recording's length
 * @param hasVideo whether a video track (not just cover art) is present
 */
public record ProbedMedia(
        InterviewFormat format, String container, String audioCodec, long durationMs, boolean hasVideo) {}
