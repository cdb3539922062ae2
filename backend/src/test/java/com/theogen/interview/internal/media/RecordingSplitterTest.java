package com.theogen.interview.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.theogen.interview.InterviewFormat;
import com.theogen.support.MediaFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingSplitterTest {

    @TempDir
    Path dir;

    private final FfmpegTools tools = new FfmpegTools(null, null, Duration.ofSeconds(60));
    private final MediaProbe probe = new MediaProbe(tools);
    private final RecordingSplitter splitter = new RecordingSplitter(tools);

    @Test
    void sendsARecordingThatFitsAsItIs() throws IOException {
        Path ogg = MediaFixtures.encode(MediaFixtures.wav(dir, "s.wav", 3, 0), dir, "s.ogg", "libopus", false);
        ProbedMedia media = probe.probe(ogg, "s.ogg");
        List<AudioPiece> pieces = splitter.split(
                ogg, media, Files.size(ogg), limits(1 << 20, 60_000, InterviewFormat.OGG), work(), () -> false);
        assertThat(pieces).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(ogg);
            assertThat(p.offsetMs()).isZero();
            assertThat(p.contentType()).isEqualTo("audio/ogg");
        });
    }

    @Test
    void cutsALongRecordingAtPausesIntoPiecesThatJoinExactly() throws IOException {
        Path source = MediaFixtures.wav(dir, "long.wav", 10, 1.9);
        Path ogg = MediaFixtures.encode(source, dir, "long.ogg", "libopus", false);
        ProbedMedia media = probe.probe(ogg, "long.ogg");

        List<AudioPiece> pieces = splitter.split(
                ogg, media, Files.size(ogg), limits(1 << 20, 4_000, InterviewFormat.OGG), work(), () -> false);

        assertThat(pieces).hasSize(3);
        long expectedOffset = 0;
        for (AudioPiece piece : pieces) {
            assertThat(piece.offsetMs()).isEqualTo(expectedOffset);
            assertThat(piece.durationMs()).isLessThanOrEqualTo(4_000);
            assertThat(piece.contentType()).isEqualTo("audio/wav");
            long pcmBytes = Files.size(piece.file()) - 44;
            assertThat(pcmBytes).isEqualTo(piece.durationMs() * 32);
            assertThat(probe.probe(piece.file(), piece.filename()).format()).isEqualTo(InterviewFormat.WAV);
            expectedOffset += piece.durationMs();
        }
        assertThat(expectedOffset).isBetween(9_950L, 10_050L);
        // cuts fall in the silences centred on 3.8 s and 7.6 s, not in the tone before them
        assertThat(pieces.get(1).offsetMs()).isBetween(3_700L, 3_900L);
        assertThat(pieces.get(2).offsetMs()).isBetween(7_500L, 7_700L);
    }

    @Test
    void decodesAFormatTheProviderDoesNotTakeEvenWhenShort() throws IOException {
        Path mp4 = MediaFixtures.encode(MediaFixtures.wav(dir, "v.wav", 2, 0), dir, "v.mp4", "aac", true);
        ProbedMedia media = probe.probe(mp4, "v.mp4");
        List<AudioPiece> pieces = splitter.split(
                mp4, media, Files.size(mp4), limits(1 << 20, 60_000, InterviewFormat.WAV), work(), () -> false);
        assertThat(pieces).singleElement().satisfies(p -> assertThat(p.contentType())
                .isEqualTo("audio/wav"));
    }

    private Path work() throws IOException {
        return Files.createTempDirectory(dir, "work");
    }

    private static PieceLimits limits(long bytes, long ms, InterviewFormat... accepted) {
        return new PieceLimits(bytes, ms, Set.of(accepted));
    }
}
