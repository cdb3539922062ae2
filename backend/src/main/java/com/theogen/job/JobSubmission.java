package com.theogen.job;

/** The outcome of a submission: a new job, or the caller's own job already active on the project. */
public record JobSubmission(JobView job, boolean reused) {}
