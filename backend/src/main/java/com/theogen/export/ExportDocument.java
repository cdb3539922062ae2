package com.theogen.export;

/**
 * A file produced on request and not kept (interview exports).
 *
 * @param fileName the readable download name (may contain any Unicode letter)
 * @param asciiFileName an ASCII-only fallback name
 */
public record ExportDocument(byte[] content, String contentType, String fileName, String asciiFileName) {}
