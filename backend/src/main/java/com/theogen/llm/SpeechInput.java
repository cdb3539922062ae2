package com.theogen.llm;

import java.nio.file.Path;

/**
 * One audio file to transcribe in one request: it must fit {@link TranscriptionLimits}.
 *
 * @param file the bytes to send, streamed from disk
 * @param filename the name sent with it (providers read its extension)
 * @param contentType its media type
 * @param durationMs its length, for a reply that has text but no segments
 */
public record SpeechInput(Path file, String filename, String contentType, long durationMs) {}
