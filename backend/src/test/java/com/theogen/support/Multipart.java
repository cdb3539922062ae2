package com.theogen.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a multipart/form-data body as a server does, for {@link ScriptedLlmServer}. */
final class Multipart {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {}

    static Map<String, ScriptedLlmServer.Part> parse(byte[] body, String contentType) {
        String boundary = "--"
                + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        byte[] delimiter = boundary.getBytes(StandardCharsets.ISO_8859_1);
        Map<String, ScriptedLlmServer.Part> parts = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            byte[] part = Arrays.copyOfRange(body, start + 2, next - 2);
            int headerEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String headers = new String(part, 0, headerEnd, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(part, headerEnd + 4, part.length);
            Matcher name = NAME.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            String type = headers.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip())
                    .findFirst()
                    .orElse(null);
            if (name.find()) {
                parts.put(
                        name.group(1),
                        new ScriptedLlmServer.Part(filename.find() ? filename.group(1) : null, type, content));
            }
            at = next;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
