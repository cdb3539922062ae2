package com.theogen.interview;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Audio and video interviews ({@code theogen.media.*}): upload limits, where recordings live, the FFmpeg tools
 * that read them and the playback links. Transcription providers are configured with the LLM layer
 * ({@code theogen.llm.transcription.*}).
 *
 * @param maxFileSize largest recording accepted (streamed to disk, never held in memory); larger ones answer 413
 *     {@code FILE_TOO_LARGE} naming the file
 * @param maxRequestSize most recording bytes in one upload request
 * @param maxDuration longest recording accepted; longer ones answer 400 {@code MEDIA_TOO_LONG}
 * @param directory where recordings are stored; empty for {@code <data-dir>/media}
 * @param ffmpegPath an {@code ffmpeg} executable to use instead of the bundled one; empty for the bundled one
 * @param ffprobePath an {@code ffprobe} executable to use instead of the bundled one; empty for the bundled one
 * @param toolTimeout longest an FFmpeg tool may run on one file (probing, decoding)
 * @param linkTtl lifetime of a signed playback link
 */
@Validated
@ConfigurationProperties("theogen.media")
public record MediaProperties(
        @NotNull DataSize maxFileSize,
        @NotNull DataSize maxRequestSize,
        @NotNull Duration maxDuration,
        Path directory,
        String ffmpegPath,
        String ffprobePath,
        @NotNull Duration toolTimeout,
        @NotNull Duration linkTtl) {}
