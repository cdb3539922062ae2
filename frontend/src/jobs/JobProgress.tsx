import { useId } from 'react';
import type { Job } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useMayCancel } from '../projects/role';
import { isTerminal, type useJob } from './useJob';

interface JobProgressProps {
  title: string;
  job: Job;
  pollError?: unknown;
  cancelError?: unknown;
  canceling?: boolean;
  onCancel?: () => void;
}

/**
 * The progress of the job a panel follows with {@link useJob} (nothing before there is one), with a cancel button where
 * the person may cancel it.
 */
export function FollowedJobProgress({ title, followed }: { title: string; followed: ReturnType<typeof useJob> }) {
  const mayCancel = useMayCancel();
  const { job, pollError, cancelError, canceling, cancel } = followed;
  if (!job) return null;
  return (
    <JobProgress
      title={title}
      job={job}
      pollError={pollError}
      cancelError={cancelError}
      canceling={canceling}
      {...(mayCancel(job) ? { onCancel: () => void cancel() } : {})}
    />
  );
}

/** A running or finished job: progress bar, current step, the log of steps with their times, cancel. */
export function JobProgress({ title, job, pollError, cancelError, canceling = false, onCancel }: JobProgressProps) {
  const { t } = useI18n();
  const titleId = useId();
  const running = !isTerminal(job);
  return (
    <section className={`job job--${job.status}`} aria-labelledby={titleId}>
      <div className="job__head">
        <h3 id={titleId}>{title}</h3>
        <span className={`status status--${job.status}`}>{t.jobs.states[job.status]}</span>
      </div>
      <div className="job__bar">
        <progress max={100} value={job.progress} aria-label={t.jobs.progress(title)} />
        <span className="job__percent">{job.progress}%</span>
      </div>
      {running && (
        <p className="job__step" aria-live="polite">
          {job.step ? t.jobs.currentStep(stepLabel(job.step, t)) : t.jobs.waiting}
        </p>
      )}
      {job.degraded && <p className="job__degraded">{degradedText(job, t)}</p>}
      {job.status === 'failed' && <ErrorNotice message={job.error ?? t.jobs.failedWithoutReason} />}
      {job.status === 'canceled' && <p className="muted">{t.jobs.canceledBody}</p>}
      {pollError !== null && pollError !== undefined && <ErrorNotice message={`${t.jobs.pollFailed} ${errorText(pollError, t)}`} />}
      {job.steps.length > 0 && (
        <details className="job__log" open={running}>
          <summary>{t.jobs.log(job.steps.length)}</summary>
          <ol>
            {job.steps.map((step, i) => (
              <li key={`${step.step}-${i}`}>
                <span>{stepLabel(step.step, t)}</span>
                <span className="job__elapsed">{seconds(step.elapsed_ms)}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {running && onCancel && (
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" disabled={canceling} onClick={onCancel}>
            {canceling ? t.jobs.canceling : t.jobs.cancel}
          </button>
        </div>
      )}
      {cancelError !== null && cancelError !== undefined && <ErrorNotice message={errorText(cancelError, t)} />}
    </section>
  );
}

/**
 * Why a job is degraded: part of its work failed (`warning_code`, with the counts of an auto-coding job), or it ran
 * on a fallback.
 */
function degradedText(job: Job, t: Messages): string {
  if (!job.warning_code) return t.jobs.degraded;
  const cause = t.jobs.cause(t.jobs.causes[job.warning_code] ?? job.warning_code);
  const { coded_fragments: coded, skipped_fragments: skipped, failed_batches: failed } = job.outcome ?? {};
  if (skipped !== undefined && coded !== undefined && failed !== undefined && skipped > 0) {
    return `${t.jobs.partial(coded, skipped, failed)} ${cause}`;
  }
  return `${t.jobs.partialOther} ${cause}`;
}

/** A step code (`build_paradigm`, `auto_code:2/8` …) in the interface language; unknown codes are made readable. */
export function stepLabel(step: string, t: Messages): string {
  const [code = step, detail] = step.split(':', 2);
  const known = (t.jobs.steps as Record<string, string>)[code];
  const label = known ?? code.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  return detail ? `${label} (${detail.trim()})` : label;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
