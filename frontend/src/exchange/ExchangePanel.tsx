import { useState } from 'react';
import { api } from '../api/client';
import type { ExchangeFormat } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { saveFile } from '../ui/saveFile';
import { ImportForm } from './ImportForm';

/** REFI-QDA import into this project and export of it (.qdpx) or its codebook (.qdc). */
export function ExchangePanel({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { t } = useI18n();
  const [exporting, setExporting] = useState<ExchangeFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  const exportAs = async (format: ExchangeFormat) => {
    setExporting(format);
    setError(null);
    try {
      saveFile(await api.exportProject(projectId, format), `${projectName}.${format}`);
    } catch (e) {
      setError(e);
    } finally {
      setExporting(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="exchange-title">
      <h2 id="exchange-title" className="panel__title">
        {t.exchange.title}
      </h2>
      <p className="muted">{t.exchange.lead}</p>
      <ImportForm send={(file, format) => api.importIntoProject(projectId, format, file)} />
      <div className="exchange-export">
        <button type="button" className="button button--secondary" disabled={exporting !== null} onClick={() => void exportAs('qdpx')}>
          {t.exchange.exportQdpx}
        </button>
        <button type="button" className="button button--secondary" disabled={exporting !== null} onClick={() => void exportAs('qdc')}>
          {t.exchange.exportQdc}
        </button>
      </div>
      {error !== null && <ErrorNotice message={errorText(error, t)} />}
    </section>
  );
}
