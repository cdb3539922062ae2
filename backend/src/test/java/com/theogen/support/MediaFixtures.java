package com.theogen.support;

import com.theogen.interview.internal.media.FfmpegTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real recordings made by the tests: a WAV written sample by sample (tones separated by silences, so that a cut at
 * a pause is observable), and the same sound encoded by the bundled FFmpeg as MP3, M4A, Ogg/Opus, WebM or MP4.
 */
public final class MediaFixtures {

    public static final int RATE = 16_000;

    private MediaFixtures() {}

    /**
     * A mono 16-bit WAV of {@code seconds}: 440 Hz tone, except a silence of 200 ms centred on every multiple of
     * {@code pauseEverySeconds} (none when 0).
     */
    public static Path wav(Path dir, String name, double seconds, double pauseEverySeconds) {
        int samples = (int) Math.round(seconds * RATE);
        ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / RATE;
            boolean pause = pauseEverySeconds > 0
                    && Math.abs(t - Math.round(t / pauseEverySeconds) * pauseEverySeconds) < 0.1
                    && t > 0.2;
            short value = pause ? 0 : (short) (Math.sin(2 * Math.PI * 440 * t) * 8000);
            data.putShort(value);
        }
        return write(dir.resolve(name), data.array());
    }

    private static Path write(Path file, byte[] pcm) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length);
        header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        header.putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2);
        header.putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length);
        try {
            Files.write(file, header.array());
            Files.write(file, pcm, java.nio.file.StandardOpenOption.APPEND);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code source} encoded by FFmpeg into {@code name}; the extension picks the container, {@code codec} the codec. */
    public static Path encode(Path source, Path dir, String name, String codec, boolean withVideo) {
        Path target = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("-nostdin", "-v", "error", "-y"));
        if (withVideo) {
            // a picture exactly as long as the sound: -shortest alone overshoots by seconds on a busy machine
            command.addAll(List.of(
                    "-f",
                    "lavfi",
                    "-i",
                    String.format(java.util.Locale.ROOT, "color=c=blue:s=160x120:r=10:d=%.3f", wavSeconds(source))));
        }
        command.addAll(List.of("-i", source.toString()));
        if (withVideo) {
            command.addAll(List.of(
                    "-map", "0:v", "-map", "1:a", "-shortest", "-c:v", "libvpx".equals(codec) ? "libvpx" : "mpeg4"));
        }
        command.addAll(List.of("-c:a", withVideo && name.endsWith(".webm") ? "libopus" : codec, target.toString()));
        run(command);
        return target;
    }

    /** The length of a PCM WAV written by {@link #wav}: its data bytes (after the 44-byte header) over its byte rate. */
    private static double wavSeconds(Path wav) {
        try {
            byte[] header = new byte[44];
            try (var in = Files.newInputStream(wav)) {
                if (in.readNBytes(header, 0, 44) != 44) {
                    throw new IllegalArgumentException(wav + " is not a WAV written by MediaFixtures");
                }
            }
            int byteRate = ByteBuffer.wrap(header, 28, 4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .getInt();
            return (Files.size(wav) - 44) / (double) byteRate;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code source} keeping only its first {@code keepBytes} bytes, as an interrupted download would. */
    public static Path truncated(Path source, Path dir, String name, int keepBytes) {
        try {
            byte[] all = Files.readAllBytes(source);
            byte[] kept = java.util.Arrays.copyOf(all, Math.min(keepBytes, all.length));
            return Files.write(dir.resolve(name), kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the bundled ffmpeg the way the application does (its libraries found next to it). */
    private static void run(List<String> args) {
        FfmpegTools.Result result = new FfmpegTools(null, null, Duration.ofSeconds(60)).convert(args, () -> false);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg failed: " + result.stderr() + result.stdout());
        }
    }
}
