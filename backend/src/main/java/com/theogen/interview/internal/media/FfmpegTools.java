package com.theogen.interview.internal.media;

import com.theogen.interview.MediaError;
import com.theogen.interview.MediaProperties;
import com.theogen.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.ffmpeg.ffprobe;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs FFmpeg's own {@code ffprobe} and {@code ffmpeg} executables: the LGPL builds bundled in the
 * {@code org.bytedeco:ffmpeg} jar (extracted once to JavaCPP's cache on first use), or the ones configured in
 * {@code theogen.media.ffprobe-path}/{@code ffmpeg-path}. Separate processes on purpose: a damaged file can at
 * worst kill its own process, never the JVM, and its run time is capped.
 */
public final class FfmpegTools {

    private static final Logger LOG = LoggerFactory.getLogger(FfmpegTools.class);

    /** What a tool printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        boolean ok() {
            return exitCode == 0;
        }
    }

    private static final int MAX_CAPTURE = 1 << 20;

    /** The exit code of a program the dynamic loader could not start (a missing shared library). */
    private static final int LOADER_FAILED = 127;

    private final String configuredFfmpeg;
    private final String configuredFfprobe;
    private final Duration timeout;
    private volatile String ffmpegExe;
    private volatile String ffprobeExe;

    public FfmpegTools(MediaProperties properties) {
        this(properties.ffmpegPath(), properties.ffprobePath(), properties.toolTimeout());
    }

    public FfmpegTools(String ffmpegPath, String ffprobePath, Duration timeout) {
        this.configuredFfmpeg = blankToNull(ffmpegPath);
        this.configuredFfprobe = blankToNull(ffprobePath);
        this.timeout = timeout;
    }

    /** Runs {@code ffprobe} with {@code args}. */
    public Result probe(List<String> args) {
        return run(ffprobeBinary(), configuredFfprobe == null, args, () -> false);
    }

    /** Runs {@code ffmpeg} with {@code args}; {@code canceled} is polled and stops the process when true. */
    public Result convert(List<String> args, BooleanSupplier canceled) {
        return run(ffmpegBinary(), configuredFfmpeg == null, args, canceled);
    }

    String ffmpegBinary() {
        if (ffmpegExe == null) {
            ffmpegExe = configuredFfmpeg != null ? configuredFfmpeg : bundled(ffmpeg.class);
        }
        return ffmpegExe;
    }

    String ffprobeBinary() {
        if (ffprobeExe == null) {
            ffprobeExe = configuredFfprobe != null ? configuredFfprobe : bundled(ffprobe.class);
        }
        return ffprobeExe;
    }

    /**
     * The bundled executable, extracted by JavaCPP. The jar ships VA-API's {@code libva.so}/{@code libva-drm.so}
     * under their plain names, while FFmpeg's libraries ask for the sonames {@code libva.so.2}/{@code
     * libva-drm.so.2}; JavaCPP links those only when the JNI libraries are loaded, so on a machine without a system
     * libva the tools would not start. Links the sonames next to the executable ({@link #run} then puts that
     * directory on the library path: the libraries, unlike the executables, carry no {@code $ORIGIN} run path).
     */
    static String bundled(Class<?> tool) {
        String executable = Loader.load(tool);
        Path directory = Path.of(executable).getParent();
        for (String library : SONAME_LINKS) {
            Path plain = directory.resolve(library);
            Path soname = directory.resolve(library + ".2");
            if (Files.isRegularFile(plain) && !Files.exists(soname, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createSymbolicLink(soname, plain.getFileName());
                } catch (FileAlreadyExistsException raced) {
                    // another caller linked it first
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot link " + soname + " for the bundled FFmpeg", e);
                }
            }
        }
        return executable;
    }

    private static final List<String> SONAME_LINKS = List.of("libva.so", "libva-drm.so");

    /** Runs {@code binary}; a {@code bundled} one finds its libraries next to it. */
    private Result run(String binary, boolean bundled, List<String> args, BooleanSupplier canceled) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(binary);
        command.addAll(args);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            if (bundled) {
                String bundledLibraries = Path.of(binary).getParent().toString();
                String inherited = builder.environment().get("LD_LIBRARY_PATH");
                builder.environment()
                        .put(
                                "LD_LIBRARY_PATH",
                                inherited == null || inherited.isBlank()
                                        ? bundledLibraries
                                        : bundledLibraries + ":" + inherited);
            }
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw toolsUnavailable(binary, e.getMessage());
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> capture(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> capture(process.getErrorStream()));
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (canceled.getAsBoolean() || System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    return new Result(-1, "", canceled.getAsBoolean() ? "canceled" : "timed out after " + timeout);
                }
            }
            Result result = new Result(process.exitValue(), out.join(), err.join());
            if (result.exitCode() == LOADER_FAILED) {
                // the dynamic loader (or the shell) could not start the tool: a server fault, not the file's
                throw toolsUnavailable(
                        binary, result.stderr().lines().findFirst().orElse("exit code 127"));
            }
            return result;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static DomainException toolsUnavailable(String binary, String why) {
        LOG.error("media tool cannot run binary={} reason={}", binary, why);
        return new DomainException(
                MediaError.MEDIA_TOOLS_UNAVAILABLE,
                "The server cannot run FFmpeg to read recordings right now; the file was not stored. Try again later"
                        + " or ask the operator (RUNBOOK: Recordings and transcription).");
    }

    private static String capture(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = stream.read(buffer)) >= 0; ) {
                if (kept.size() < MAX_CAPTURE) {
                    kept.write(buffer, 0, Math.min(n, MAX_CAPTURE - kept.size()));
                }
            }
            return kept.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
