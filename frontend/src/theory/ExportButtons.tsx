import { useState } from 'react';
import { api } from '../api/client';
import type { ExportFormat } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { saveFile } from '../ui/saveFile';

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'pptx', 'xlsx', 'png'];

/** One button per export format: asks for the export, waits while it is made, saves the file. */
export function ExportButtons({ projectId, theoryId, onExported }: { projectId: string; theoryId: string; onExported(): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      let exported = await api.exportTheory(projectId, theoryId, format);
      while (exported.status === 'pending') {
        await new Promise((resolve) => window.setTimeout(resolve, Math.min(5, Math.max(1, exported.next_poll_seconds ?? 2)) * 1000));
        exported = await api.getExport(projectId, exported.export_id);
      }
      if (exported.status === 'failed') throw new Error(exported.error ?? t.jobs.failedWithoutReason);
      saveFile(await api.downloadExport(projectId, exported.export_id), exported.filename ?? `theory.${format}`);
      onExported();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="exports">
      <div className="button-row" role="group" aria-label={t.theory.export}>
        {FORMATS.map((format) => (
          <button key={format} type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? t.theory.exporting : t.theory.exportAs(format.toUpperCase())}
          </button>
        ))}
      </div>
      {failure && <ErrorNotice message={failure} />}
    </div>
  );
}
