package com.theogen.exchange;

import static com.theogen.shared.ErrorCategory.INTERNAL;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.PAYLOAD_TOO_LARGE;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;

/** Why an import or export was refused. Every import error leaves the project as it was. */
@Category(INVALID_INPUT)
public enum ExchangeError implements ErrorCode {
    /** {@code format} is neither {@code qdpx} nor {@code qdc}. */
    UNSUPPORTED_FORMAT,
    /** The request has no body. */
    IMPORT_BODY_MISSING,
    /** The upload is larger than {@code theogen.exchange.max-upload-size}. */
    @Category(PAYLOAD_TOO_LARGE)
    IMPORT_TOO_LARGE,
    /** A {@code .qdpx} that is not a zip archive, or holds no {@code .qde} project file (or several). */
    NOT_A_QDPX,
    /** The archive unpacks to more than the limits allow (entries, bytes, compression ratio): a zip bomb. */
    @Category(PAYLOAD_TOO_LARGE)
    ARCHIVE_LIMIT_EXCEEDED,
    /** An archive entry or a source path that climbs out of its folder or is absolute. */
    UNSAFE_PATH,
    /** The XML declares a DOCTYPE (DTDs and entities are never processed: no XXE). */
    XML_DOCTYPE_FORBIDDEN,
    /** The XML is not well-formed. */
    MALFORMED_XML,
    /** The root element is not a REFI-QDA 1.0 Project (or CodeBook for {@code qdc}) in its namespace. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** A required attribute is missing or wrong, a GUID repeats, or a reference names nothing. */
    INVALID_PROJECT_FILE,
    /** A text source whose file is not in the archive (or is outside it). */
    SOURCE_MISSING,
    /** A plain-text source that is not UTF-8 text. */
    SOURCE_NOT_TEXT,
    /** A text selection whose positions lie outside its source. */
    SELECTION_OUTSIDE_SOURCE,
    /** The staged upload of an import job is gone (the data directory was cleaned, or is not shared). */
    @Category(INTERNAL)
    STAGED_FILE_MISSING;
}
