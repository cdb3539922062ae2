package com.theogen.export;

/** The file formats interview transcripts can be exported to. */
public enum InterviewExportFormat implements FileFormat {
    TXT,
    JSON,
    PDF,
    XLSX;

    /**
     * Parses {@code txt}, {@code json}, {@code pdf} or {@code xlsx} (any case).
     *
     * @throws com.theogen.shared.DomainException {@code UNSUPPORTED_FORMAT} (400) listing the formats otherwise
     */
    public static InterviewExportFormat fromCode(String code) {
        return FileFormat.parse(code, values());
    }
}
