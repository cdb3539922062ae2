import { useState, type FormEvent } from 'react';
import type { ExchangeFormat, ImportAccepted } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** The format a REFI-QDA file is in, by its extension: a codebook (.qdc) or a whole project (.qdpx). */
export function formatOf(file: File): ExchangeFormat {
  return file.name.toLowerCase().endsWith('.qdc') ? 'qdc' : 'qdpx';
}

interface ImportFormProps {
  /** Sends the file; the answer names the project and the job that imports it. */
  send(file: File, format: ExchangeFormat): Promise<ImportAccepted>;
  /** Shown under the form once the import job has completed. */
  done?(accepted: ImportAccepted): React.ReactNode;
  children?: React.ReactNode;
}

/** Picks a .qdpx/.qdc, sends it, shows what it holds and follows the import job to its end. */
export function ImportForm({ send, done, children }: ImportFormProps) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [accepted, setAccepted] = useState<ImportAccepted | null>(null);
  const { job, pollError } = useJob(accepted?.project_id ?? '', accepted?.task_id ?? null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setSending(true);
    setError(null);
    try {
      setAccepted(await send(file, formatOf(file)));
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  const summary = accepted?.summary;
  const skipped = summary ? Object.entries(summary.skipped) : [];
  return (
    <form className="exchange-import" onSubmit={submit}>
      {children}
      <label className="field">
        <span>{t.exchange.file}</span>
        <input type="file" accept=".qdpx,.qdc" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <button type="submit" className="button" disabled={!file || sending}>
        {sending ? t.exchange.importing : t.exchange.importButton}
      </button>
      {error !== null && <ErrorNotice message={errorText(error, t)} />}
      {summary && (
        <p className="exchange-import__summary">
          {t.exchange.summary(summary.text_sources + summary.document_sources, summary.codes, summary.selections, summary.coders)}
        </p>
      )}
      {skipped.length > 0 && (
        <p className="muted">
          {t.exchange.skipped} {skipped.map(([what, count]) => `${what} (${count})`).join(', ')}
        </p>
      )}
      {job && <JobProgress title={t.exchange.jobTitle} job={job} pollError={pollError} />}
      {job?.status === 'completed' && accepted && done?.(accepted)}
    </form>
  );
}
