package com.theogen.job;

import com.theogen.shared.DomainException;

/** Thrown inside a running job when its cancellation was requested; the job ends as {@code canceled}. */
public class JobCanceledException extends DomainException {

    public JobCanceledException() {
        super(JobError.CANCELED, "The job was canceled");
    }
}
