package com.theogen.export;

/** The file formats a project's codebook can be exported to. */
public enum CodebookFormat implements FileFormat {
    DOCX,
    XLSX,
    CSV;

    /**
     * Parses {@code docx}, {@code xlsx} or {@code csv} (any case).
     *
     * @throws com.theogen.shared.DomainException {@code UNSUPPORTED_FORMAT} (400) listing the formats otherwise
     */
    public static CodebookFormat fromCode(String code) {
        return FileFormat.parse(code, values());
    }
}
