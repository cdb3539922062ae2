package com.theogen.shared;

import java.util.Optional;

/**
 * A kind of file a module reads or writes: its extension, which is also its code in URLs ({@code ?format=qdpx}),
 * and the media type sent with it. Implemented by the format enums of the modules that exchange files.
 */
public interface FileFormat extends WireCode {

    /** The file name extension, without a dot; also the format's code. */
    String extension();

    /** The media type to send with the file. */
    String contentType();

    /** The format's code: its {@link #extension()}. */
    @Override
    default String code() {
        return extension();
    }

    /**
     * The format among {@code formats} whose code is {@code code}, ignoring case and surrounding whitespace
     * ({@link WireCode#byCode}).
     *
     * @return empty for a null or unknown code
     */
    static <F extends FileFormat> Optional<F> byCode(String code, F[] formats) {
        return WireCode.byCode(code, formats);
    }
}
