/**
 * Durable analysis jobs (auto-coding, theory runs) on db-scheduler over PostgreSQL: one active exclusive job
 * per project (a partial unique index, so the lock holds across replicas; short non-exclusive kinds such as
 * export rendering run beside it), status with step and monotonic
 * progress, cooperative cancellation, and resumption from checkpointed stages when the replica running a
 * job dies. Modules contribute work by implementing {@link com.theogen.job.JobHandler}.
 */
package com.theogen.job;
