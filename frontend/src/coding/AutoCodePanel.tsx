import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { AutoCodeStatus } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { FollowedJobProgress } from '../jobs/JobProgress';
import { isTerminal, useJob, useResumedJobId } from '../jobs/useJob';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useCan } from '../projects/role';

/**
 * Starts auto-coding and follows it; resumes a running one. Open coding invents codes and groups them into categories;
 * codebook coding applies the existing codes in the machine coder's layer and then links to its agreement with a person.
 */
export function AutoCodePanel({ projectId, onFinished }: { projectId: string; onFinished(): void }) {
  const { t } = useI18n();
  const can = useCan();
  const [jobId, setJobId] = useResumedJobId(projectId, 'auto_code');
  const [recode, setRecode] = useState(false);
  const [mode, setMode] = useState<'open' | 'codebook'>('open');
  const [codebookRun, setCodebookRun] = useState<AutoCodeStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const followed = useJob(projectId, jobId);
  const { job } = followed;
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (job?.status !== 'completed') return;
    finished.current();
    // A codebook run's own status names the person and the machine coder whose agreement it invites checking.
    let live = true;
    api.getAutoCodeStatus(projectId, job.task_id).then(
      (status) => live && setCodebookRun(status.compare_with || status.codes_without_definition ? status : null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [job?.status, job?.task_id, projectId]);

  const running = job !== null && !isTerminal(job);
  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const started = await api.startAutoCode(projectId, mode === 'codebook' ? { mode } : { recode });
      setCodebookRun(null);
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
          <fieldset className="checks">
            <legend>{t.coding.modeLegend}</legend>
            {(['open', 'codebook'] as const).map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name="autocode-mode" value={value} checked={mode === value} disabled={running} onChange={() => setMode(value)} />
                {t.coding.modes[value]}
              </label>
            ))}
          </fieldset>
          {mode === 'open' && (
            <label className="checkbox">
              <input type="checkbox" checked={recode} disabled={running} onChange={(e) => setRecode(e.target.checked)} />
              {t.coding.recode}
            </label>
          )}
          <button type="button" className="button button--primary" disabled={running || starting} onClick={() => void start()}>
            {starting ? t.coding.starting : t.coding.autoCode}
          </button>
        </div>
      )}
      {startError !== null && <ErrorNotice message={errorText(startError, t)} />}
      {codebookRun && job?.status === 'completed' && (
        <p className="autocode__followup">
          {codebookRun.codes_without_definition ? <span>{t.coding.withoutDefinition(codebookRun.codes_without_definition)} </span> : null}
          {codebookRun.compare_with && (
            <Link href={paths.agreement(projectId, codebookRun.compare_with.coder_a, codebookRun.compare_with.coder_b)}>{t.coding.compareWithPerson}</Link>
          )}
        </p>
      )}
      <FollowedJobProgress title={t.coding.autoCodeJob} followed={followed} />
    </section>
  );
}
