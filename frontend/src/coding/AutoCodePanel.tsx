import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { activeJob, isTerminal, useJob } from '../jobs/useJob';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useCan, useMayCancel } from '../projects/role';

/** Starts auto-coding (open coding, then grouping into categories) and follows it; resumes a running one. */
export function AutoCodePanel({ projectId, onFinished }: { projectId: string; onFinished(): void }) {
  const { t } = useI18n();
  const can = useCan();
  const mayCancel = useMayCancel();
  const [jobId, setJobId] = useState<string | null>(null);
  const [recode, setRecode] = useState(false);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const { job, pollError, cancel, canceling, cancelError } = useJob(projectId, jobId);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    const controller = new AbortController();
    activeJob(projectId, 'auto_code', controller.signal).then(
      (active) => active && setJobId(active.task_id),
      () => undefined,
    );
    return () => controller.abort();
  }, [projectId]);

  useEffect(() => {
    if (job?.status === 'completed') finished.current();
  }, [job?.status]);

  const running = job !== null && !isTerminal(job);
  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const started = await api.startAutoCode(projectId, { recode });
      setJobId(started.task_id);
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };

  return (
    <section className="panel autocode" aria-labelledby="autocode-title">
      <h2 id="autocode-title" className="panel__title">
        {t.coding.autoCodeTitle}
      </h2>
      <p className="muted">{t.coding.autoCodeLead}</p>
      {can('coder') && (
        <div className="autocode__controls">
          <label className="checkbox">
            <input type="checkbox" checked={recode} disabled={running} onChange={(e) => setRecode(e.target.checked)} />
            {t.coding.recode}
          </label>
          <button type="button" className="button button--primary" disabled={running || starting} onClick={() => void start()}>
            {starting ? t.coding.starting : t.coding.autoCode}
          </button>
        </div>
      )}
      {startError !== null && <ErrorNotice message={errorText(startError, t)} />}
      {job && (
        <JobProgress
          title={t.coding.autoCodeJob}
          job={job}
          pollError={pollError}
          cancelError={cancelError}
          canceling={canceling}
          {...(mayCancel(job) ? { onCancel: () => void cancel() } : {})}
        />
      )}
    </section>
  );
}
