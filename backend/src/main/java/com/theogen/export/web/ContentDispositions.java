package com.theogen.export.web;

import com.theogen.export.ExportDocument;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The export module's download responses. {@code Content-Disposition: attachment} carries both names of RFC 6266: an
 * ASCII {@code filename} for old clients and the readable {@code filename*} in UTF-8, percent-encoded as RFC 5987/8187
 * requires.
 */
final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {}

    /** A 200 that downloads as {@code fileName}: its content type, the attachment names and {@code cacheControl}. */
    static ResponseEntity.BodyBuilder download(
            String contentType, String fileName, String asciiFallback, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName, asciiFallback))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** An export rendered in the request, never kept by caches. */
    static ResponseEntity<byte[]> file(ExportDocument document) {
        return download(document.contentType(), document.fileName(), document.asciiFileName(), "no-store")
                .body(document.content());
    }

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
