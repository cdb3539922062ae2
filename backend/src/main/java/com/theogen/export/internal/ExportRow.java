package com.theogen.export.internal;

import com.theogen.export.ExportFormat;
import com.theogen.export.ExportStatus;
import com.theogen.export.ExportView;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code exports}.
 *
 * @param via {@code inline} (rendered inside a request) or {@code job} (rendered by an {@code export} job)
 * @param filePath the file relative to the export directory, once ready
 */
record ExportRow(
        UUID id,
        UUID projectId,
        UUID requestedBy,
        UUID theoryId,
        int theoryVersion,
        ExportFormat format,
        ExportStatus status,
        String via,
        UUID taskId,
        String fileName,
        String filePath,
        Long sizeBytes,
        String sha256,
        String errorCode,
        String errorMessage,
        Instant createdAt,
        Instant updatedAt) {

    static final String INLINE = "inline";
    static final String JOB = "job";

    boolean isJob() {
        return JOB.equals(via);
    }

    ExportView view() {
        return new ExportView(
                id,
                projectId,
                theoryId,
                theoryVersion,
                format,
                status,
                fileName,
                sizeBytes,
                sha256,
                taskId,
                errorCode,
                errorMessage,
                createdAt,
                updatedAt);
    }
}
