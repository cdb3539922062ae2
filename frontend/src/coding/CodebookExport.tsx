import { useState } from 'react';
import { api } from '../api/client';
import type { CodebookExportFormat } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { saveFile } from '../ui/saveFile';

const FORMATS: readonly CodebookExportFormat[] = ['docx', 'xlsx', 'csv'];

/** Downloads the codebook (categories, codes, definitions, counts, anchor quotes) as Word, Excel or CSV; any member may. */
export function CodebookExport({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<CodebookExportFormat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (format: CodebookExportFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      saveFile(await api.exportCodebook(projectId, format), `codebook.${format}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel" aria-labelledby="codebook-export-title">
      <h2 id="codebook-export-title" className="panel__title">
        {t.coding.codebookExport}
      </h2>
      <p className="muted">{t.coding.codebookExportLead}</p>
      <div className="button-row" role="group" aria-label={t.coding.codebookExport}>
        {FORMATS.map((format) => (
          <button key={format} type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? t.coding.codebookExporting : t.coding.codebookExportAs(format.toUpperCase())}
          </button>
        ))}
      </div>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
    </section>
  );
}
