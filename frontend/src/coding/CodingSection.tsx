import { useState } from 'react';
import { api } from '../api/client';
import type { Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { AutoCodePanel } from './AutoCodePanel';
import { CategoryBoard } from './CategoryBoard';
import { CodebookForms } from './CodebookForms';
import { CodebookTable } from './CodebookTable';
import { CodebookExport } from './CodebookExport';
import { CodebookImport } from './CodebookImport';
import { CodeEvidence } from './CodeEvidence';
import { MemoPanel } from './MemoPanel';
import { useCan } from '../projects/role';

/** Coding: run auto-coding, read coverage, work the codebook and the categories, look at evidence, write memos. */
export function CodingSection({ projectId }: { projectId: string }) {
  const can = useCan();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Code | null>(null);
  const changed = () => setVersion((n) => n + 1);
  return (
    <div className="coding">
      <div className="coding__top">
        <AutoCodePanel projectId={projectId} onFinished={changed} />
        <CoverageSummary projectId={projectId} version={version} />
      </div>
      <CodebookTable
        projectId={projectId}
        version={version}
        selected={selected?.id ?? null}
        onSelect={(code) => setSelected(selected?.id === code.id ? null : code)}
        onChanged={() => {
          setSelected(null);
          changed();
        }}
      />
      {selected && <CodeEvidence projectId={projectId} code={selected} onClose={() => setSelected(null)} onChanged={changed} />}
      {can('coder') && <CodebookForms projectId={projectId} version={version} onChanged={changed} />}
      <CategoryBoard projectId={projectId} version={version} onChanged={changed} />
      <CodebookExport projectId={projectId} />
      {can('coder') && <CodebookImport projectId={projectId} onImported={changed} />}
      <MemoPanel projectId={projectId} code={selected} />
    </div>
  );
}

function CoverageSummary({ projectId, version }: { projectId: string; version: number }) {
  const { t } = useI18n();
  const [coverage, reload] = useResource(`coverage:${projectId}:${version}`, (signal) => api.getCoverage(projectId, signal));
  return (
    <section className="panel" aria-labelledby="coverage-title">
      <h2 id="coverage-title" className="panel__title">
        {t.coding.coverage}
      </h2>
      {coverage.status === 'error' && <ErrorNotice message={errorText(coverage.error, t)} onRetry={reload} />}
      {coverage.status === 'ready' && (
        <>
          <p className="coverage__total">{t.coding.coverageTotal(Math.round(coverage.data.project.coded_share * 100), coverage.data.project.coded, coverage.data.project.fragments)}</p>
          <p className="muted">{t.coding.coverageRest(coverage.data.project.not_relevant, coverage.data.project.examined ?? 0, coverage.data.project.unexamined)}</p>
          <ul className="coverage__list">
            {coverage.data.interviews.map((row) => (
              <li key={row.interview_id}>
                <span className="coverage__name">{row.participant}</span>
                <progress max={1} value={row.counts.coded_share} aria-label={t.coding.coverageOf(row.participant)} />
                <span className="coverage__share">{Math.round(row.counts.coded_share * 100)}%</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
