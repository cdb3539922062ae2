package com.theogen.export;

/** The file formats a project's codebook can be exported to. */
public enum CodebookFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    CodebookFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Parses {@code docx}, {@code xlsx} or {@code csv} (any case).
     *
     * @throws com.theogen.shared.DomainException {@code UNSUPPORTED_FORMAT} (400) listing the formats otherwise
     */
    public static CodebookFormat fromCode(String code) {
        return ExportFormat.parse(code, values(), CodebookFormat::extension);
    }
}
