import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { InterviewSummary } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** Renames a speaker across the whole interview ("Speaker 1" → "Marta"). */
export function SpeakerRenameForm({ interview, onRenamed }: { interview: InterviewSummary; onRenamed(next: InterviewSummary, notice: string): void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(interview.speakers[0] ?? '');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await api.renameSpeaker(interview.id, { from, to: to.trim() });
      onRenamed(next, t.media.renamed(from, to.trim()));
      setTo('');
      setFrom(next.speakers[0] ?? '');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="speaker-rename">
      <summary>{t.media.renameTitle}</summary>
      <form onSubmit={(event) => void submit(event)} className="speaker-rename__form">
        <label>
          {t.media.renameFrom}{' '}
          <select value={from} onChange={(event) => setFrom(event.target.value)}>
            {interview.speakers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t.media.renameTo} <input value={to} maxLength={200} required onChange={(event) => setTo(event.target.value)} />
        </label>{' '}
        <button type="submit" className="button button--secondary button--small" disabled={busy || to.trim() === ''}>
          {t.media.renameButton}
        </button>
        {error !== null && <ErrorNotice message={errorText(error, t)} />}
      </form>
    </details>
  );
}
