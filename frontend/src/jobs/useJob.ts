import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Job, JobState } from '../api/types';

const TERMINAL: readonly JobState[] = ['completed', 'failed', 'canceled'];

export function isTerminal(job: Job): boolean {
  return TERMINAL.includes(job.status);
}

/** Polling interval: what the server asks for, kept between 1 and 5 seconds. */
export function pollDelay(job: Job): number {
  return Math.min(5, Math.max(1, job.next_poll_seconds ?? 2)) * 1000;
}

/**
 * Follows a job until it ends, polling as often as the server asks. A failed poll is reported and retried
 * (the job keeps running on the server whatever the network does). `cancel` asks the server to stop it.
 */
export function useJob(projectId: string, jobId: string | null, initial: Job | null = null) {
  const [job, setJob] = useState<Job | null>(initial);
  const [pollError, setPollError] = useState<unknown>(null);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const [canceling, setCanceling] = useState(false);

  useEffect(() => {
    setJob(initial && initial.task_id === jobId ? initial : null);
    setPollError(null);
    if (!jobId) return undefined;
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = async () => {
      try {
        const next = await api.getJob(projectId, jobId, controller.signal);
        if (controller.signal.aborted) return;
        setJob(next);
        setPollError(null);
        if (!isTerminal(next)) timer = window.setTimeout(poll, pollDelay(next));
      } catch (error) {
        if (controller.signal.aborted) return;
        setPollError(error);
        timer = window.setTimeout(poll, 5000);
      }
    };
    if (initial && initial.task_id === jobId && !isTerminal(initial)) {
      timer = window.setTimeout(poll, pollDelay(initial));
    } else if (!initial || initial.task_id !== jobId) {
      void poll();
    }
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `initial` only seeds the first render of a job id
  }, [projectId, jobId]);

  const cancel = useCallback(async () => {
    if (!jobId) return;
    setCanceling(true);
    setCancelError(null);
    try {
      setJob(await api.cancelJob(projectId, jobId));
    } catch (error) {
      setCancelError(error);
    } finally {
      setCanceling(false);
    }
  }, [projectId, jobId]);

  return { job, pollError, cancel, canceling, cancelError };
}

/** The project's job of `kind` that is still pending or running, if any (to resume after a reload). */
export async function activeJob(projectId: string, kind: string, signal?: AbortSignal): Promise<Job | null> {
  const jobs = await api.listJobs(projectId, 20, signal);
  return jobs.find((job) => job.kind === kind && !isTerminal(job)) ?? null;
}

/**
 * The id of the job a panel follows: after a reload, the project's job of `kind` that is still running; then the one the
 * panel starts with the setter.
 */
export function useResumedJobId(projectId: string, kind: string) {
  const [jobId, setJobId] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    activeJob(projectId, kind, controller.signal).then(
      (active) => active && setJobId(active.task_id),
      () => undefined,
    );
    return () => controller.abort();
  }, [projectId, kind]);
  return [jobId, setJobId] as const;
}
