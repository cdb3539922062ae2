package com.theogen.exchange;

import com.theogen.shared.DomainException;
import com.theogen.shared.FileFormat;
import java.util.Map;

/** The REFI-QDA file kinds: a whole project ({@code qdpx}) or a codebook ({@code qdc}). */
public enum ExchangeFormat implements FileFormat {
    QDPX("qdpx", "application/zip"),
    QDC("qdc", "application/xml");

    private final String extension;
    private final String contentType;

    ExchangeFormat(String extension, String contentType) {
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
     * @throws DomainException {@link ExchangeError#UNSUPPORTED_FORMAT} (400) listing the formats
     */
    public static ExchangeFormat fromCode(String code) {
        return FileFormat.byCode(code, values())
                .orElseThrow(() -> new DomainException(
                        ExchangeError.UNSUPPORTED_FORMAT,
                        "format must be qdpx (a REFI-QDA project) or qdc (a REFI-QDA codebook)",
                        Map.of("supported_formats", java.util.List.of("qdpx", "qdc"))));
    }
}
