import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { InterviewSummary } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useCan } from '../projects/role';

/**
 * A recording without its transcript yet: the transcription's progress while it runs (live), or why it waits or
 * failed, with "Transcribe again" and a form to attach a transcript file.
 */
export function RecordingStatus({ interview, onChanged }: { interview: InterviewSummary; onChanged(next: InterviewSummary): void }) {
  const { t } = useI18n();
  const jobId = interview.status === 'transcribing' ? (interview.transcription?.job_id ?? null) : null;
  const { job, pollError, cancel, canceling, cancelError } = useJob(interview.project_id, jobId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const mayCode = useCan()('coder');

  const ended = job !== null && ['completed', 'failed', 'canceled'].includes(job.status);
  useEffect(() => {
    if (!ended) return;
    // the job ended: read the interview again (ready with its transcript, or failed with the reason)
    void api.getInterview(interview.id).then(onChanged, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once when the job ends; `onChanged` is a fresh closure each render
  }, [ended, interview.id]);

  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.retryTranscription(interview.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const attach = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.attachTranscript(interview.id, file));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (interview.status === 'transcribing') {
    return (
      <section className="recording-status" aria-live="polite">
        {job ? (
          <JobProgress
            title={t.media.transcribingTitle}
            job={job}
            pollError={pollError}
            cancelError={cancelError}
            canceling={canceling}
            onCancel={() => void cancel()}
          />
        ) : (
          <h2>{t.media.transcribingTitle}</h2>
        )}
        <p className="muted">{t.media.transcribingBody}</p>
      </section>
    );
  }
  const failed = interview.status === 'failed';
  return (
    <section className="recording-status">
      <h2>{failed ? t.media.failedTitle : t.media.awaitingTitle}</h2>
      {interview.transcription?.error && (
        <p className={failed ? 'notice notice--error' : 'notice'}>
          <code>{interview.transcription.error_code}</code> {interview.transcription.error}
        </p>
      )}
      {error !== null && <ErrorNotice message={errorText(error, t)} />}
      {failed && mayCode && (
        <p>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void retry()}>
            {busy ? t.media.retrying : t.media.retry}
          </button>
        </p>
      )}
      {mayCode && (
        <form className="recording-status__attach" onSubmit={(event) => void attach(event)}>
          <h3>{t.media.attachTitle}</h3>
          <p className="muted">{t.media.attachHint}</p>
          <label>
            {t.media.attachFile} <input type="file" accept=".vtt,.srt,.txt" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </label>{' '}
          <button type="submit" className="button button--secondary" disabled={busy || !file}>
            {busy ? t.media.attaching : t.media.attachButton}
          </button>
        </form>
      )}
    </section>
  );
}
