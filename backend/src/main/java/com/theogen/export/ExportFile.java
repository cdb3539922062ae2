package com.theogen.export;

import java.nio.file.Path;

/**
 * A ready export file to stream to its owner.
 *
 * @param path the file on disk; it is replaced atomically and never modified in place
 * @param fileName the readable download name (may contain any Unicode letter)
 * @param asciiFileName an ASCII-only fallback name for clients that do not read RFC 5987 names
 */
public record ExportFile(Path path, String contentType, String fileName, String asciiFileName, long sizeBytes) {}
