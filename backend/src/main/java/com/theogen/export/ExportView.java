package com.theogen.export;

import java.time.Instant;
import java.util.UUID;

/**
 * One rendered (or rendering) theory export.
 *
 * @param fileName the readable download name, e.g. {@code Cuidado informal-teoría-v3.pdf}
 * @param sizeBytes file size once ready, else {@code null}
 * @param sha256 hex SHA-256 of the file once ready, else {@code null}
 * @param taskId the {@code export} job rendering it, {@code null} for exports rendered inside the request
 * @param errorCode why it failed, when {@code status} is {@code failed}
 */
public record ExportView(
        UUID id,
        UUID projectId,
        UUID theoryId,
        int theoryVersion,
        ExportFormat format,
        ExportStatus status,
        String fileName,
        Long sizeBytes,
        String sha256,
        UUID taskId,
        String errorCode,
        String error,
        Instant createdAt,
        Instant updatedAt) {}
