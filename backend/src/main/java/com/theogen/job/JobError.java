package com.theogen.job;

import com.theogen.shared.ErrorCategory;
import com.theogen.shared.ErrorCode;

/** The job module's error codes: a job's {@code error_code} when the job module itself ends it, and submit errors. */
public enum JobError implements ErrorCode {
    /** The job was canceled (before it started, or at a cancellation check while it ran). */
    CANCELED("CANCELED", ErrorCategory.CONFLICT, false),
    /** Workers stopped while running the job more often than {@code theogen.job.max-attempts}. */
    WORKER_LOST("WORKER_LOST", ErrorCategory.UNAVAILABLE, true),
    /** The job failed on an unexpected error; details only in the server log, under an incident id. */
    INTERNAL_ERROR("INTERNAL_ERROR", ErrorCategory.INTERNAL, false),
    /** No handler runs jobs of the requested kind. */
    UNKNOWN_JOB_KIND("UNKNOWN_JOB_KIND", ErrorCategory.INVALID_INPUT, false),
    /** Another exclusive job holds the project. */
    PROJECT_BUSY("PROJECT_BUSY", ErrorCategory.CONFLICT, true),
    /** The job could not be queued. */
    QUEUE_UNAVAILABLE("QUEUE_UNAVAILABLE", ErrorCategory.UNAVAILABLE, true);

    private final String code;
    private final ErrorCategory category;
    private final boolean retriable;

    JobError(String code, ErrorCategory category, boolean retriable) {
        this.code = code;
        this.category = category;
        this.retriable = retriable;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }

    @Override
    public boolean retriable() {
        return retriable;
    }
}
