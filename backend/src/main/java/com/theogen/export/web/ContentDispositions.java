package com.theogen.export.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with both names of RFC 6266: an ASCII {@code filename} for old
 * clients and the readable {@code filename*} in UTF-8, percent-encoded as RFC 5987/8187 requires.
 */
final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {}

    static String attachment(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + quotedAscii(asciiFallback) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    private static String quotedAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
