package com.theogen.export;

import java.util.List;
import java.util.UUID;

/**
 * Theory exports for a project's owner. A saved theory never changes, so each theory and format is rendered
 * once and the file is reused; every call checks that the user owns the project (another user's project is a
 * {@code NOT_FOUND}, like an unknown one).
 */
public interface TheoryExports {

    /**
     * Returns the export of {@code theoryId} in {@code format}: the cached one when it exists, else a new one —
     * rendered before returning ({@code ready}) when the report is small, else queued as an {@code export} job
     * ({@code pending} with a task id). Concurrent requests for the same theory and format share one file. A
     * failed export is rendered again.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for an unknown project or theory;
     *     {@code EXPORT_FAILED} when an inline render fails
     */
    ExportView request(UUID userId, UUID projectId, UUID theoryId, ExportFormat format);

    /** @throws com.theogen.shared.DomainException {@code NOT_FOUND} for unknown or foreign exports */
    ExportView get(UUID userId, UUID projectId, UUID exportId);

    /** The project's exports, newest first. */
    List<ExportView> list(UUID userId, UUID projectId);

    /**
     * The file of a ready export.
     *
     * @throws com.theogen.shared.DomainException {@code NOT_FOUND} for unknown or foreign exports, or when the
     *     file has gone missing (the export is then forgotten so the next request renders it again);
     *     {@code EXPORT_NOT_READY} (409) while it is pending or after it failed
     */
    ExportFile file(UUID userId, UUID projectId, UUID exportId);
}
