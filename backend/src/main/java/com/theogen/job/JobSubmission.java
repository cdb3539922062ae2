package com.theogen.job;

import java.util.UUID;

/** The outcome of a submission: a new job, or the caller's own job already active on the project. */
public record JobSubmission(JobView job, boolean reused) {

    /**
     * The body of the 202 answer that accepts this submission, built by {@code body} from what every such answer
     * carries: the job's id, kind and status code, the polling hint for that status, whether the job was reused, and
     * the URL to poll.
     */
    public <T> T accepted(JobProperties jobs, Accepted<T> body) {
        return body.of(
                job.id(), job.kind(), job.status().code(), jobs.nextPollSeconds(job.status()), reused, job.statusUrl());
    }

    /** Makes a module's own accepted-job answer (usually its record's constructor) from those values. */
    @FunctionalInterface
    public interface Accepted<T> {

        T of(UUID taskId, String kind, String status, Integer nextPollSeconds, boolean reused, String statusUrl);
    }
}
