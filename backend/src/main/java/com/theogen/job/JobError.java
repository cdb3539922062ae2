package com.theogen.job;

import static com.theogen.shared.ErrorCategory.CONFLICT;
import static com.theogen.shared.ErrorCategory.INTERNAL;
import static com.theogen.shared.ErrorCategory.INVALID_INPUT;
import static com.theogen.shared.ErrorCategory.UNAVAILABLE;

import com.theogen.shared.ErrorCode;
import com.theogen.shared.ErrorCode.Category;
import com.theogen.shared.ErrorCode.Retriable;

/** The job module's error codes: a job's {@code error_code} when the job module itself ends it, and submit errors. */
public enum JobError implements ErrorCode {
    /** The job was canceled (before it started, or at a cancellation check while it ran). */
    @Category(CONFLICT)
    CANCELED,
    /** Workers stopped while running the job more often than {@code theogen.job.max-attempts}. */
    @Category(UNAVAILABLE)
    @Retriable
    WORKER_LOST,
    /** The job failed on an unexpected error; details only in the server log, under an incident id. */
    @Category(INTERNAL)
    INTERNAL_ERROR,
    /** No handler runs jobs of the requested kind. */
    @Category(INVALID_INPUT)
    UNKNOWN_JOB_KIND,
    /** Another exclusive job holds the project. */
    @Category(CONFLICT)
    @Retriable
    PROJECT_BUSY,
    /** The job could not be queued. */
    @Category(UNAVAILABLE)
    @Retriable
    QUEUE_UNAVAILABLE;
}
