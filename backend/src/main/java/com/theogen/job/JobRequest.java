package com.theogen.job;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A job to run for a project on behalf of a user.
 *
 * @param ownerId the member who submits it: the job's owner, who may cancel it and whose repeated submission
 *     is answered with this job ({@code reused})
 * @param kind the {@link JobHandler#kind()} that runs it
 * @param params JSON-serialisable parameters handed to the handler; must never hold secrets (they are
 *     stored in the database)
 */
public record JobRequest(UUID projectId, UUID ownerId, String kind, Map<String, Object> params) {

    public JobRequest {
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(ownerId);
        Objects.requireNonNull(kind);
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
