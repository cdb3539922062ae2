package com.theogen.interview.internal.parsing;

import com.theogen.interview.UploadError;
import com.theogen.shared.StrictUtf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text format to a Java string: a BOM decides (UTF-8, UTF-16LE/BE); otherwise valid UTF-8 is UTF-8
 * and anything else is Windows-1252, the encoding of most non-UTF-8 transcripts typed on Windows in Spanish or
 * English. Content that is not text at all is refused.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which "text" is taken to be binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private TextDecoder() {}

    static String decode(byte[] bytes, String filename) {
        if (bytes.length == 0) {
            throw UploadError.EMPTY_FILE.exception(filename, "the file is empty");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrWindows1252(bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            String known = knownBinaryFormat(bytes);
            if (known != null) {
                throw UploadError.BINARY_CONTENT.exception(
                        filename, "the content is " + known + ", not text; upload it with its own extension");
            }
            if (containsNul(bytes)) {
                throw UploadError.BINARY_CONTENT.exception(filename, "the content is binary, not text");
            }
            text = utf8OrWindows1252(bytes, 0);
        }
        if (controlRatio(text) > MAX_CONTROL_RATIO) {
            throw UploadError.BINARY_CONTENT.exception(filename, "the content is binary, not text");
        }
        return text;
    }

    /** {@code bytes} as UTF-8 (a BOM dropped) when they are valid UTF-8, else from {@code offset} as Windows-1252. */
    private static String utf8OrWindows1252(byte[] bytes, int offset) {
        return StrictUtf8.decode(bytes).orElseGet(() -> new String(bytes, offset, bytes.length - offset, WINDOWS_1252));
    }

    private static String knownBinaryFormat(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive or Office document";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "a legacy Office document";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "an image";
        }
        return null;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlRatio(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean whitespace = c == '\n' || c == '\r' || c == '\t' || c == '\f';
            if ((c < 0x20 && !whitespace) || c == 0x7F) {
                controls++;
            }
        }
        return (double) controls / text.length();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
