package com.theogen.interview.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theogen.interview.InterviewFormat;
import com.theogen.interview.MediaError;
import com.theogen.shared.DomainException;
import com.theogen.support.MediaFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaProbeTest {

    @TempDir
    static Path dir;

    static Path wav;
    static final MediaProbe probe = new MediaProbe(new FfmpegTools(null, null, Duration.ofSeconds(60)));

    @BeforeAll
    static void makeRecording() {
        wav = MediaFixtures.wav(dir, "tone.wav", 3.0, 1.0);
    }

    @Test
    void recognisesEachAcceptedFormatByContentWithItsDuration() {
        assertProbe(copyWithoutExtension(wav, "a"), InterviewFormat.WAV, "pcm_s16le", false);
        assertProbe(MediaFixtures.encode(wav, dir, "t.mp3", "libmp3lame", false), InterviewFormat.MP3, "mp3", false);
        assertProbe(MediaFixtures.encode(wav, dir, "t.m4a", "aac", false), InterviewFormat.M4A, "aac", false);
        assertProbe(MediaFixtures.encode(wav, dir, "t.aac", "aac", false), InterviewFormat.AAC, "aac", false);
        assertProbe(MediaFixtures.encode(wav, dir, "t.ogg", "libopus", false), InterviewFormat.OGG, "opus", false);
        assertProbe(MediaFixtures.encode(wav, dir, "t.webm", "libvpx", true), InterviewFormat.WEBM, "opus", true);
        assertProbe(MediaFixtures.encode(wav, dir, "t.mp4", "aac", true), InterviewFormat.MP4, "aac", true);
    }

    @Test
    void refusesATextFileRenamedAsMp3() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "Interviewer: hello\nMarta: hi there\n".repeat(20));
        assertThatThrownBy(() -> probe.probe(text, "notes.mp3"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code())
                        .isIn(MediaError.MEDIA_UNREADABLE, MediaError.MEDIA_UNSUPPORTED))
                .hasMessageStartingWith("notes.mp3: ");
    }

    @Test
    void refusesATruncatedMp4() {
        Path mp4 = MediaFixtures.encode(wav, dir, "whole.mp4", "aac", true);
        Path cut = MediaFixtures.truncated(mp4, dir, "cut.mp4", 2000);
        assertThatThrownBy(() -> probe.probe(cut, "cut.mp4"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("cut.mp4: ")
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(MediaError.MEDIA_UNREADABLE));
    }

    private static void assertProbe(Path file, InterviewFormat format, String codec, boolean video) {
        ProbedMedia probed = probe.probe(file, file.getFileName().toString());
        assertThat(probed.format()).isEqualTo(format);
        assertThat(probed.audioCodec()).isEqualTo(codec);
        assertThat(probed.hasVideo()).isEqualTo(video);
        assertThat(probed.durationMs()).isBetween(2900L, 3150L);
    }

    private static Path copyWithoutExtension(Path file, String name) {
        try {
            return Files.copy(file, dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
