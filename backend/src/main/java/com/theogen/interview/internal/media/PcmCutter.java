package com.theogen.interview.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a mono 16-bit PCM WAV file into WAV pieces of at most a given length. Each cut falls on a whole
 * millisecond inside the last tenth of the allowed length (at most 10 s), at the 20 ms window with the least
 * energy there — a pause, as a rule — so words are rarely cut in two. Piece offsets are exact: they count samples.
 */
final class PcmCutter {

    static final int HEADER_BYTES = 44;
    private static final int WINDOW_MS = 20;
    private static final long MAX_SEARCH_MS = 10_000;

    private final Path wav;
    private final int sampleRate;
    private final int samplesPerMs;

    PcmCutter(Path wav, int sampleRate) {
        this.wav = wav;
        this.sampleRate = sampleRate;
        this.samplesPerMs = sampleRate / 1000;
    }

    List<AudioPiece> cut(long maxPieceMs, Path workDir) throws IOException {
        if (maxPieceMs < 1000) {
            throw new IllegalArgumentException("pieces must be allowed at least one second");
        }
        try (FileChannel in = FileChannel.open(wav, StandardOpenOption.READ)) {
            long[] data = dataChunk(in);
            long dataStart = data[0];
            long totalMs = data[1] / 2 / samplesPerMs;
            List<AudioPiece> pieces = new ArrayList<>();
            long startMs = 0;
            while (startMs < totalMs) {
                long endMs =
                        totalMs - startMs <= maxPieceMs ? totalMs : quietestCut(in, dataStart, startMs, maxPieceMs);
                Path piece = workDir.resolve(String.format("piece-%04d.wav", pieces.size()));
                write(in, dataStart, startMs, endMs, piece);
                pieces.add(
                        new AudioPiece(piece, piece.getFileName().toString(), "audio/wav", startMs, endMs - startMs));
                startMs = endMs;
            }
            return pieces;
        }
    }

    private long quietestCut(FileChannel in, long dataStart, long startMs, long maxPieceMs) throws IOException {
        long searchMs = Math.min(MAX_SEARCH_MS, maxPieceMs / 10);
        long from = startMs + maxPieceMs - searchMs;
        int bytes = (int) (searchMs * samplesPerMs * 2);
        ByteBuffer window = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.read(window, dataStart + from * samplesPerMs * 2);
        window.flip();
        int frameSamples = WINDOW_MS * samplesPerMs;
        long bestEnergy = Long.MAX_VALUE;
        long bestMs = startMs + maxPieceMs;
        for (int frame = 0; (frame + 1) * frameSamples * 2 <= window.limit(); frame++) {
            long energy = 0;
            for (int i = 0; i < frameSamples; i++) {
                int sample = window.getShort((frame * frameSamples + i) * 2);
                energy += (long) sample * sample;
            }
            if (energy < bestEnergy) {
                bestEnergy = energy;
                bestMs = from + (long) frame * WINDOW_MS + WINDOW_MS / 2;
            }
        }
        return bestMs;
    }

    private void write(FileChannel in, long dataStart, long startMs, long endMs, Path target) throws IOException {
        long dataBytes = (endMs - startMs) * samplesPerMs * 2;
        try (FileChannel out = FileChannel.open(
                target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write(header(dataBytes));
            long position = dataStart + startMs * samplesPerMs * 2;
            long done = 0;
            while (done < dataBytes) {
                done += in.transferTo(position + done, dataBytes - done, out);
            }
        }
    }

    private ByteBuffer header(long dataBytes) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes));
        header.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        header.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        header.putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        return header.flip();
    }

    /** The data chunk's start and length; a length left open by a streaming writer runs to the end of the file. */
    private static long[] dataChunk(FileChannel in) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        in.read(head, 0);
        head.flip();
        if (head.limit() < 12 || head.getInt(0) != 0x46464952 || head.getInt(8) != 0x45564157) {
            throw new IOException("not a RIFF/WAVE file");
        }
        long position = 12;
        ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (position + 8 <= in.size()) {
            chunk.clear();
            in.read(chunk, position);
            chunk.flip();
            String id = new String(
                    new byte[] {chunk.get(0), chunk.get(1), chunk.get(2), chunk.get(3)}, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(chunk.getInt(4));
            if (id.equals("data")) {
                long available = in.size() - position - 8;
                return new long[] {position + 8, Math.min(size, available)};
            }
            position += 8 + size + (size & 1);
        }
        throw new IOException("WAVE file without a data chunk");
    }
}
