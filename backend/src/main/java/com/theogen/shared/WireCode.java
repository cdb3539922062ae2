package com.theogen.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A value sent in JSON, URLs and the database as a short lower-case code ({@code viewer}, {@code pending},
 * {@code es} …). Implemented by the enums written that way, so that every one of them reads its code back by the
 * same rule, {@link #byCode}.
 */
public interface WireCode {

    /** The code, in lower case: what is sent and stored. */
    String code();

    /**
     * The value among {@code values} whose code is {@code code}, ignoring surrounding whitespace ({@link
     * String#strip()}) and case ({@code code} is compared in {@link String#toLowerCase(Locale) lower case} with
     * {@link Locale#ROOT}).
     *
     * @return empty for a null or unknown code
     */
    static <E extends WireCode> Optional<E> byCode(String code, E[] values) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (value.code().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
