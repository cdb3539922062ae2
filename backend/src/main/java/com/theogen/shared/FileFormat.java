package com.theogen.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A kind of file a module reads or writes: its extension, which is also its code in URLs ({@code ?format=qdpx}),
 * and the media type sent with it. Implemented by the format enums of the modules that exchange files.
 */
public interface FileFormat {

    /** The file name extension, without a dot; also the format's code. */
    String extension();

    /** The media type to send with the file. */
    String contentType();

    /**
     * The format among {@code formats} whose code is {@code code}, ignoring case and surrounding whitespace.
     *
     * @return empty for a null or unknown code
     */
    static <F extends FileFormat> Optional<F> byCode(String code, F[] formats) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (F format : formats) {
            if (format.extension().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
