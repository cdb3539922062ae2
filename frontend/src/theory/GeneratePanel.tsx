import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { FollowedJobProgress } from '../jobs/JobProgress';
import { isTerminal, useJob, useResumedJobId } from '../jobs/useJob';
import { useCan } from '../projects/role';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** Starts a theory run (or picks up the running one after a reload) and follows it to the end. */
export function GeneratePanel({ projectId, onSaved }: { projectId: string; onSaved(): void }) {
  const { t } = useI18n();
  const can = useCan();
  const [jobId, setJobId] = useResumedJobId(projectId, 'theory');
  const [startError, setStartError] = useState<unknown>(null);
  const followed = useJob(projectId, jobId);
  const { job } = followed;
  const saved = useRef(onSaved);
  saved.current = onSaved;
  useEffect(() => {
    if (job?.status === 'completed') saved.current();
  }, [job?.status]);
  const running = job !== null && !isTerminal(job);
  const start = async () => {
    setStartError(null);
    try {
      setJobId((await api.generateTheory(projectId)).task_id);
    } catch (error) {
      setStartError(error);
    }
  };
  return (
    <section className="panel" aria-labelledby="generate-title">
      <h2 id="generate-title" className="panel__title">
        {t.theory.generateTitle}
      </h2>
      <p className="muted">{t.theory.generateLead}</p>
      {can('coder') && (
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={running} onClick={() => void start()}>
            {t.theory.generate}
          </button>
        </div>
      )}
      {startError !== null && <ErrorNotice message={errorText(startError, t)} />}
      <FollowedJobProgress title={t.theory.job} followed={followed} />
    </section>
  );
}
