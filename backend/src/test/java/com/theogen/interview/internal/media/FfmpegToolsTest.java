package com.theogen.interview.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bytedeco.ffmpeg.ffprobe;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;

/**
 * The bundled FFmpeg starts on a machine without a system VA-API library: its executables need
 * {@code libva.so.2}, which the jar ships only as {@code libva.so}.
 */
class FfmpegToolsTest {

    @Test
    void bundledToolsStartWithoutTheSystemsLibva() throws Exception {
        Path directory = Path.of(Loader.load(ffprobe.class)).getParent();
        for (String soname : List.of("libva.so.2", "libva-drm.so.2")) {
            Files.deleteIfExists(directory.resolve(soname));
        }

        FfmpegTools.Result version = new FfmpegTools(null, null, Duration.ofMinutes(1)).probe(List.of("-version"));

        assertThat(version.exitCode()).as(version.stderr()).isZero();
        assertThat(version.stdout()).startsWith("ffprobe version");
        assertThat(directory.resolve("libva.so.2")).exists();
        assertThat(Files.isSymbolicLink(directory.resolve("libva-drm.so.2"))).isTrue();
        assertThat(Files.exists(directory.resolve("libva.so.2"), LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }
}
