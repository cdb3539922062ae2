package com.theogen.interview.internal.media;

import java.nio.file.Path;

/**
 * One piece of a recording to send to a transcription provider.
 *
 * @param file the bytes to send: the original recording, or a cut of its decoded audio
 * @param filename the name to send the piece under (providers read the extension)
 * @param contentType the piece's media type
 * @param offsetMs where the piece starts in the original recording; segment times of the piece are shifted by it
 * @param durationMs the piece's length
 */
public record AudioPiece(Path file, String filename, String contentType, long offsetMs, long durationMs) {}
