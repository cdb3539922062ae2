package com.theogen.exchange;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** Why an import or export was refused. Every import error leaves the project as it was. */
public enum ExchangeError implements ErrorCode {
    /** {@code format} is neither {@code qdpx} nor {@code qdc}. */
    UNSUPPORTED_FORMAT(ErrorCategory.INVALID_INPUT),
    /** The request has no body. */
    IMPORT_BODY_MISSING(ErrorCategory.INVALID_INPUT),
    /** The upload is larger than {@code theogen.exchange.max-upload-size}. */
    IMPORT_TOO_LARGE(ErrorCategory.PAYLOAD_TOO_LARGE),
    /** A {@code .qdpx} that is not a zip archive, or holds no {@code .qde} project file (or several). */
    NOT_A_QDPX(ErrorCategory.INVALID_INPUT),
    /** The archive unpacks to more than the limits allow (entries, bytes, compression ratio): a zip bomb. */
    ARCHIVE_LIMIT_EXCEEDED(ErrorCategory.PAYLOAD_TOO_LARGE),
    /** An archive entry or a source path that climbs out of its folder or is absolute. */
    UNSAFE_PATH(ErrorCategory.INVALID_INPUT),
    /** The XML declares a DOCTYPE (DTDs and entities are never processed: no XXE). */
    XML_DOCTYPE_FORBIDDEN(ErrorCategory.INVALID_INPUT),
    /** The XML is not well-formed. */
    MALFORMED_XML(ErrorCategory.INVALID_INPUT),
    /** The root element is not a REFI-QDA 1.0 Project (or CodeBook for {@code qdc}) in its namespace. */
    UNSUPPORTED_SCHEMA_VERSION(ErrorCategory.INVALID_INPUT),
    /** A required attribute is missing or wrong, a GUID repeats, or a reference names nothing. */
    INVALID_PROJECT_FILE(ErrorCategory.INVALID_INPUT),
    /** A text source whose file is not in the archive (or is outside it). */
    SOURCE_MISSING(ErrorCategory.INVALID_INPUT),
    /** A plain-text source that is not UTF-8 text. */
    SOURCE_NOT_TEXT(ErrorCategory.INVALID_INPUT),
    /** A text selection whose positions lie outside its source. */
    SELECTION_OUTSIDE_SOURCE(ErrorCategory.INVALID_INPUT),
    /** The staged upload of an import job is gone (the data directory was cleaned, or is not shared). */
    STAGED_FILE_MISSING(ErrorCategory.INTERNAL);

    private final ErrorCategory category;

    ExchangeError(ErrorCategory category) {
        this.category = category;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
