package com.theogen.interview.internal.media;

import com.theogen.interview.MediaError;
import com.theogen.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Cuts a recording into pieces a provider accepts. A recording that fits is sent as it is. Any other is decoded
 * once by {@code ffmpeg} to 16 kHz mono 16-bit PCM (what speech models work on anyway), and that PCM is cut in
 * Java by {@link PcmCutter} at the quietest moment before each limit, on whole milliseconds, so that every
 * piece's offset in the recording is exact and the pieces' segment times join without drift.
 */
public final class RecordingSplitter {

    static final int SAMPLE_RATE = 16_000;

    private final FfmpegTools tools;

    public RecordingSplitter(FfmpegTools tools) {
        this.tools = tools;
    }

    /**
     * @param workDir an empty directory for decoded audio and pieces, removed by the caller
     * @throws DomainException {@link MediaError#MEDIA_UNREADABLE} when the recording cannot be decoded
     */
    public List<AudioPiece> split(
            Path original,
            ProbedMedia media,
            long sizeBytes,
            PieceLimits limits,
            Path workDir,
            BooleanSupplier canceled) {
        if (sizeBytes <= limits.maxBytes()
                && media.durationMs() <= limits.maxDurationMs()
                && limits.accepted().contains(media.format())) {
            return List.of(new AudioPiece(
                    original,
                    "recording." + media.format().extension(),
                    media.format().contentType(),
                    0,
                    media.durationMs()));
        }
        Path decoded = workDir.resolve("decoded.wav");
        FfmpegTools.Result result = tools.convert(
                List.of(
                        "-nostdin",
                        "-v",
                        "error",
                        "-y",
                        "-i",
                        original.toString(),
                        "-map",
                        "0:a:0",
                        "-vn",
                        "-ac",
                        "1",
                        "-ar",
                        String.valueOf(SAMPLE_RATE),
                        "-c:a",
                        "pcm_s16le",
                        "-f",
                        "wav",
                        decoded.toString()),
                canceled);
        if (!result.ok() || !Files.isRegularFile(decoded)) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("decoding canceled");
            }
            throw new DomainException(
                    MediaError.MEDIA_UNREADABLE, "The recording could not be decoded: " + firstLine(result.stderr()));
        }
        long maxMs = Math.min(limits.maxDurationMs(), (limits.maxBytes() - PcmCutter.HEADER_BYTES) / bytesPerMs());
        try {
            return new PcmCutter(decoded, SAMPLE_RATE).cut(maxMs, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long bytesPerMs() {
        return SAMPLE_RATE * 2L / 1000;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("no output");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
