import { api } from '../api/client';
import type { CodebookImportResult } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { useFileImport } from '../ui/useFileImport';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** Imports codes, parents, definitions, criteria and examples from a CSV file; for coders. */
export function CodebookImport({ projectId, onImported }: { projectId: string; onImported(): void }) {
  const { t } = useI18n();
  const {
    file,
    setFile,
    sending,
    failure,
    result,
    submit: send,
  } = useFileImport<CodebookImportResult>(
    (chosen) => api.importCodebook(projectId, chosen),
    (done) => done.created > 0 || done.updated > 0,
    onImported,
  );
  return (
    <section className="panel" aria-labelledby="codebook-import-title">
      <h2 id="codebook-import-title" className="panel__title">
        {t.coding.codebookImport}
      </h2>
      <p className="muted">{t.coding.codebookImportLead}</p>
      <form onSubmit={send}>
        <label className="field">
          <span>{t.coding.codebookImportFile}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="button button--secondary button--small" disabled={!file || sending}>
          {sending ? t.coding.codebookImporting : t.coding.codebookImportButton}
        </button>
      </form>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {result && (
        <div role="status">
          <p>{t.coding.codebookImportSummary(result.created, result.updated, result.skipped)}</p>
          {result.problems.length > 0 && (
            <ul aria-label={t.coding.codebookImportProblems}>
              {result.problems.map((problem) => (
                <li key={`${problem.line}:${problem.message}`}>{t.coding.codebookImportProblem(problem.line, problem.message)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
