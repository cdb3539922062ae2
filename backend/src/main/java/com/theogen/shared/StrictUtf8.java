package com.theogen.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Bytes that must be UTF-8 text, read without replacing anything: a malformed byte makes them not text. */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /**
     * The text of {@code bytes}, a leading UTF-8 byte order mark dropped.
     *
     * @return empty when the bytes are not valid UTF-8
     */
    public static Optional<String> decode(byte[] bytes) {
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
