package com.theogen.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The language an interview is spoken in, as detected at ingest or set by a researcher (ADR 044). Wider than
 * {@link Language}, the language of reports and prompts: these are the languages the offline analyst has analyzers
 * for, plus {@link #UND} ("undetermined": too little text to judge). Serialised as its ISO 639-1 code ({@code und}
 * for undetermined, as in BCP 47).
 */
public enum SpokenLanguage implements WireCode {
    EN("en"),
    ES("es"),
    FR("fr"),
    DE("de"),
    PT("pt"),
    IT("it"),
    UND("und");

    private final String code;

    SpokenLanguage(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The report language this one is written in, when TheoGen writes reports in it (English, Spanish). */
    public Optional<Language> reportLanguage() {
        return switch (this) {
            case EN -> Optional.of(Language.EN);
            case ES -> Optional.of(Language.ES);
            default -> Optional.empty();
        };
    }

    /** The stored or requested code ({@code fr}, any case); {@code null} for anything outside the set. */
    public static SpokenLanguage ofCode(String code) {
        return WireCode.byCode(code, values()).orElse(null);
    }
}
