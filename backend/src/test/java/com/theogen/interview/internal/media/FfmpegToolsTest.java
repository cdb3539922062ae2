package com.theogen.interview.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.interview.MediaError;
import com.theogen.shared.DomainException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bytedeco.ffmpeg.ffprobe;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A tool that cannot start is the server's fault, never reported as the uploader's damaged file. */
    @Test
    void aToolThatCannotStartIsUnavailableNotAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("ffprobe");
        Files.writeString(broken, "#!/bin/sh\necho 'error while loading shared libraries: libva.so.2' >&2\nexit 127\n");
        broken.toFile().setExecutable(true);
        Path missing = dir.resolve("no-such-ffprobe");

        for (Path tool : List.of(broken, missing)) {
            assertThatThrownBy(() ->
                            new FfmpegTools(null, tool.toString(), Duration.ofMinutes(1)).probe(List.of("-version")))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e ->
                            assertThat(((DomainException) e).code()).isEqualTo(MediaError.MEDIA_TOOLS_UNAVAILABLE));
        }
    }
}
