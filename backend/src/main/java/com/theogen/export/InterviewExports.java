package com.theogen.export;

import java.util.UUID;

/** Transcript exports of one or all interviews of a project, for the project's owner. */
public interface InterviewExports {

    /**
     * Renders the requested interviews into one file: TXT and JSON as one document, PDF with a section per
     * interview, XLSX with one row per fragment. Labels follow the project language.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown or foreign project, or an
     *     interview id that is not in the project; {@code EXPORT_TOO_LARGE} (413) past
     *     {@code theogen.export.max-interview-fragments}
     */
    ExportDocument export(UUID userId, UUID projectId, InterviewExportRequest request);
}
