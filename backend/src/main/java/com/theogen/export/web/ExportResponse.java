package com.theogen.export.web;

import com.theogen.export.ExportStatus;
import com.theogen.export.ExportView;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A theory export as the API shows it. {@code download_url} is set once the file is ready; while pending, poll
 * {@code status_url} (or the generic job endpoints with {@code task_id}).
 */
record ExportResponse(
        UUID exportId,
        UUID theoryId,
        int theoryVersion,
        String format,
        ExportStatus status,
        @Nullable String filename,
        @Nullable Long sizeBytes,
        @Nullable String sha256,
        @Nullable UUID taskId,
        String statusUrl,
        @Nullable String downloadUrl,
        @Nullable String errorCode,
        @Nullable String error,
        @Nullable Integer nextPollSeconds,
        Instant createdAt,
        Instant updatedAt) {

    static ExportResponse of(ExportView view, int nextPollSeconds) {
        String base = "/api/projects/" + view.projectId() + "/exports/" + view.id();
        boolean ready = view.status() == ExportStatus.READY;
        boolean pending = view.status() == ExportStatus.PENDING;
        return new ExportResponse(
                view.id(),
                view.theoryId(),
                view.theoryVersion(),
                view.format().extension(),
                view.status(),
                view.fileName(),
                view.sizeBytes(),
                view.sha256(),
                view.taskId(),
                base,
                ready ? base + "/download" : null,
                view.errorCode(),
                view.error(),
                pending ? nextPollSeconds : null,
                view.createdAt(),
                view.updatedAt());
    }
}
