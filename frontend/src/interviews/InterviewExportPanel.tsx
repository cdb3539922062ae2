import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { InterviewExportFormat, InterviewSummary } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { saveFile } from '../ui/saveFile';

const FORMATS: readonly InterviewExportFormat[] = ['txt', 'json', 'pdf', 'xlsx'];

/** Downloads one interview or all of them as TXT, JSON, PDF or XLSX, with or without headers, codes and times. */
export function InterviewExportPanel({ projectId, interviews }: { projectId: string; interviews: InterviewSummary[] }) {
  const { t } = useI18n();
  const [interviewId, setInterviewId] = useState('');
  const [format, setFormat] = useState<InterviewExportFormat>('txt');
  const [include, setInclude] = useState({ metadata: true, codes: true, timestamps: true });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const file = await api.exportInterviews(projectId, { format, ...(interviewId ? { interviewId } : {}), ...include });
      saveFile(file, `interviews.${format}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const toggles = [
    ['metadata', t.interviewExport.metadata],
    ['codes', t.interviewExport.codes],
    ['timestamps', t.interviewExport.timestamps],
  ] as const;
  return (
    <section className="panel" aria-labelledby="interview-export-title">
      <h2 id="interview-export-title" className="panel__title">
        {t.interviewExport.title}
      </h2>
      <form className="interview-export" onSubmit={(event) => void submit(event)}>
        <Field label={t.interviewExport.which}>
          {(control) => (
            <select {...control} value={interviewId} onChange={(event) => setInterviewId(event.target.value)}>
              <option value="">{t.interviewExport.all}</option>
              {interviews.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.participant}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.interviewExport.format}>
          {(control) => (
            <select {...control} value={format} onChange={(event) => setFormat(event.target.value as InterviewExportFormat)}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f.toUpperCase()}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="checks">
          <legend>{t.interviewExport.include}</legend>
          {toggles.map(([key, label]) => (
            <label key={key} className="checkbox">
              <input type="checkbox" checked={include[key]} onChange={(event) => setInclude((now) => ({ ...now, [key]: event.target.checked }))} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t.interviewExport.exporting : t.interviewExport.submit}
          </button>
        </div>
      </form>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
    </section>
  );
}
