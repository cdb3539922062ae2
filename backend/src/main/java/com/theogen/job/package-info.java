/**
 * Durable analysis jobs (auto-coding, theory runs) on db-scheduler over PostgreSQL: one active job per
 * project (a partial unique index, so the lock holds across replicas), status with step and monotonic
 * progress, cooperative cancellation, and resumption from checkpointed stages when the replica running a
 * job dies. Modules contribute work by implementing {@link com.theogen.job.JobHandler}.
 */
package com.theogen.job;
