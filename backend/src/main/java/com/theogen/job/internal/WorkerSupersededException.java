package com.theogen.job.internal;

/**
 * Thrown in a worker whose attempt was superseded: the replica was presumed dead (missed heartbeats, e.g.
 * a long pause or a network partition) and the job was resumed elsewhere. The stale worker stops without
 * writing anything, so a job's outcome is written by exactly one attempt.
 */
class WorkerSupersededException extends RuntimeException {

    WorkerSupersededException() {
        super("superseded by a newer attempt", null, false, false);
    }
}
