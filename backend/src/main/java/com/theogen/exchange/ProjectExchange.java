package com.theogen.exchange;

import com.theogen.job.JobView;
import java.nio.file.Path;
import java.util.UUID;

/**
 * REFI-QDA import and export. An import is checked in the request (any problem is a 4xx naming it, and nothing is
 * written) and then written by an {@code exchange_import} job in one transaction. Imports need the coder role,
 * exports the viewer role; a project the user is not a member of is {@code NOT_FOUND}.
 */
public interface ProjectExchange {

    /** A new, empty file in the staging directory for an upload to be streamed into. */
    Path newUpload();

    /** Deletes a staged upload that will not be imported (refused, or the request failed). Idempotent. */
    void discard(Path upload);

    /**
     * Checks a staged upload and starts the job that imports it into an existing project. The upload is the
     * job's from then on (it is deleted when the job ends); when the check fails it is deleted at once.
     *
     * @throws com.theogen.shared.DomainException an {@link ExchangeError} naming what is wrong with the file;
     *     {@code PROJECT_BUSY} (409) when another job holds the project
     */
    ImportAccepted importInto(UUID userId, UUID projectId, ExchangeFormat format, Path upload);

    /**
     * Like {@link #importInto} into a project created for it, named {@code name} or, when blank, by the file.
     */
    ImportAccepted importAsNewProject(UUID userId, ExchangeFormat format, Path upload, String name);

    /** Writes the project (or its codebook) to a temporary file the caller streams and then deletes. */
    ExportFile export(UUID userId, UUID projectId, ExchangeFormat format);

    /**
     * @param job the import job (poll it at {@code /api/projects/{projectId}/jobs/{id}})
     * @param reused the caller already had an import running on the project: that one is returned and this
     *     upload was discarded
     */
    record ImportAccepted(UUID projectId, JobView job, boolean reused, ImportSummary summary) {}

    /** @param fileName the project's name with the format's extension */
    record ExportFile(Path path, String fileName, String contentType, long size) {}
}
