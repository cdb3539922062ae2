import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { saveFile } from '../ui/saveFile';

/** Every theory export of the project, newest first, each ready file downloadable again. */
export function ExportHistory({ projectId, version }: { projectId: string; version: number }) {
  const { t, formatDate } = useI18n();
  const [exports, reload] = useResource(`exports:${projectId}:${version}`, (signal) => api.listExports(projectId, signal));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fetchFile = async (exportId: string, name: string) => {
    setBusy(exportId);
    setFailure(null);
    try {
      saveFile(await api.downloadExport(projectId, exportId), name);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel" aria-labelledby="export-history-title">
      <h3 id="export-history-title">{t.theory.history_exports.title}</h3>
      {exports.status === 'loading' && <Loading />}
      {exports.status === 'error' && <ErrorNotice message={errorText(exports.error, t)} onRetry={reload} />}
      {exports.status === 'ready' && exports.data.length === 0 && <p className="muted">{t.theory.history_exports.none}</p>}
      {exports.status === 'ready' && exports.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.theory.history_exports.file}</th>
                <th scope="col">{t.theory.history_exports.version}</th>
                <th scope="col">{t.theory.history_exports.created}</th>
                <th scope="col">{t.theory.history_exports.status}</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t.theory.history_exports.download}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {exports.data.map((e) => {
                const name = e.filename ?? `theory.${e.format}`;
                return (
                  <tr key={e.export_id}>
                    <th scope="row">
                      {name}
                      {e.size_bytes !== null && <span className="muted"> · {t.theory.history_exports.size(e.size_bytes)}</span>}
                    </th>
                    <td>{t.theory.versionLabel(e.theory_version)}</td>
                    <td>{formatDate(e.created_at)}</td>
                    <td>{e.status === 'failed' ? `${t.theory.history_exports.states.failed}: ${e.error ?? ''}` : t.theory.history_exports.states[e.status]}</td>
                    <td className="actions">
                      {e.status === 'ready' && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          disabled={busy !== null}
                          aria-label={t.theory.history_exports.downloadLabel(name)}
                          onClick={() => void fetchFile(e.export_id, name)}
                        >
                          {busy === e.export_id ? t.theory.exporting : t.theory.history_exports.download}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {failure && <ErrorNotice message={failure} />}
    </section>
  );
}
