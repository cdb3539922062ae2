import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Job, MemoDraftRequest } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';

/** Whether a model is configured, so that "Draft with AI" is offered (the offline analyst drafts no memos, ADR 036). */
export function useModelReady(): boolean {
  const [llm] = useResource('llm-status', (signal) => api.getLlmStatus(signal));
  return llm.status === 'ready' && llm.data.access.remote;
}

/**
 * Starts an AI memo draft for codes or categories (`POST …/memos/draft`) and follows its job; `onDrafted` runs once
 * the job completes, so the caller can reload its memos.
 */
export function useMemoDraft(projectId: string, onDrafted: () => void) {
  const { t } = useI18n();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { job, pollError } = useJob(projectId, jobId);
  const drafted = useRef(onDrafted);
  drafted.current = onDrafted;

  useEffect(() => {
    if (job?.status === 'completed') drafted.current();
  }, [job?.status]);

  const start = async (targets: MemoDraftRequest) => {
    setStarting(true);
    setFailure(null);
    try {
      const accepted = await api.draftMemos(projectId, targets);
      setJobId(accepted.task_id);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setStarting(false);
    }
  };
  const running = starting || (job !== null && job.next_poll_seconds !== null);
  return { start, running, failure, job, pollError };
}

/** The draft's progress while it runs, then how many sentences kept their verified citations. */
export function MemoDraftStatus({ job, pollError }: { job: Job | null; pollError: unknown }) {
  const { t } = useI18n();
  if (!job) return null;
  if (job.status !== 'completed') return <JobProgress title={t.coding.draftingMemo} job={job} pollError={pollError} />;
  return (
    <p className="muted" role="status">
      {t.coding.draftedMemo(job.outcome.sentences_kept ?? 0, job.outcome.sentences_dropped ?? 0)}
    </p>
  );
}
