package com.theogen.export;

/** The file formats interview transcripts can be exported to. */
public enum InterviewExportFormat {
    TXT("txt", "text/plain;charset=UTF-8"),
    JSON("json", "application/json"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    InterviewExportFormat(String extension, String contentType) {
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
     * Parses {@code txt}, {@code json}, {@code pdf} or {@code xlsx} (any case).
     *
     * @throws com.theogen.shared.DomainException {@code UNSUPPORTED_FORMAT} (400) listing the formats otherwise
     */
    public static InterviewExportFormat fromCode(String code) {
        return ExportFormat.parse(code, values(), InterviewExportFormat::extension);
    }
}
