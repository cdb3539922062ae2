import { useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';
import type { Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { AutoCodePanel } from './AutoCodePanel';
import { CodebookForms } from './CodebookForms';
import { CodebookExport } from './CodebookExport';
import { CodebookImport } from './CodebookImport';
import { CodebookTree, type TreeSort } from './CodebookTree';
import { CodeDetail } from './CodeDetail';
import { MemoPanel } from './MemoPanel';
import { useCan } from '../projects/role';

type Tab = 'codebook' | 'auto' | 'add' | 'memos';
const TABS: Tab[] = ['codebook', 'auto', 'add', 'memos'];

/**
 * Coding, in tabs so that no part sits thousands of pixels below another: the codebook tree with the selected
 * code beside it; auto-coding and coverage; adding, importing and exporting codes; memos.
 */
export function CodingSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const can = useCan();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Code | null>(null);
  const [tab, setTab] = useState<Tab>('codebook');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ codebook: null, auto: null, add: null, memos: null });
  const changed = () => setVersion((n) => n + 1);
  const labels: Record<Tab, string> = {
    codebook: t.coding.tree.tabCodebook,
    auto: t.coding.tree.tabAuto,
    add: can('coder') ? t.coding.tree.tabAdd : t.coding.codebookExport,
    memos: t.coding.tree.tabMemos,
  };
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'codebook';
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const panel = (id: Tab) => ({ id: `coding-tab-${id}`, role: 'tabpanel', 'aria-labelledby': `coding-tab-${id}-button`, hidden: tab !== id });

  return (
    <div className="coding">
      <div className="tabs" role="tablist" aria-label={t.coding.tree.tabs} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(element) => {
              tabRefs.current[id] = element;
            }}
            id={`coding-tab-${id}-button`}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === id}
            aria-controls={`coding-tab-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {labels[id]}
          </button>
        ))}
      </div>
      <div {...panel('codebook')}>
        <CodebookWorkspace
          projectId={projectId}
          version={version}
          selected={selected}
          onSelect={setSelected}
          onChanged={changed}
          onAutoCode={() => {
            setTab('auto');
            tabRefs.current.auto?.focus();
          }}
        />
      </div>
      <div {...panel('auto')}>
        <div className="coding__top">
          <AutoCodePanel projectId={projectId} onFinished={changed} />
          <CoverageSummary projectId={projectId} version={version} />
        </div>
      </div>
      <div {...panel('add')} className="coding__tools">
        {can('coder') && <CodebookForms projectId={projectId} version={version} onChanged={changed} />}
        {can('coder') && <CodebookImport projectId={projectId} onImported={changed} />}
        <CodebookExport projectId={projectId} />
      </div>
      <div {...panel('memos')}>
        <MemoPanel projectId={projectId} code={selected} />
      </div>
    </div>
  );
}

const PAGE = 500;

/** Every code of the project (page by page) with the categories, for the tree. */
async function loadCodebook(projectId: string, sort: TreeSort, coder: string, signal: AbortSignal) {
  const categories = api.listCategories(projectId, signal);
  const codes: Code[] = [];
  for (let page = 0; ; page++) {
    const listed = await api.listCodes(projectId, { sort, page, size: PAGE, ...(coder ? { coder } : {}) }, signal);
    codes.push(...listed.items);
    if (page + 1 >= listed.total_pages) break;
  }
  return { categories: await categories, codes };
}

interface WorkspaceProps {
  projectId: string;
  version: number;
  selected: Code | null;
  onSelect(code: Code | null): void;
  onChanged(): void;
  onAutoCode(): void;
}

/** The tree on the left, the selected code on the right (sticky), one column on a narrow screen. */
function CodebookWorkspace({ projectId, version, selected, onSelect, onChanged, onAutoCode }: WorkspaceProps) {
  const { t } = useI18n();
  const mayCode = useCan()('coder');
  const [sort, setSort] = useState<TreeSort>('label');
  const [coder, setCoder] = useState('');
  const detail = useRef<HTMLDivElement>(null);
  const [coders] = useResource(`coders:${projectId}:${version}`, (signal) => api.listCoders(projectId, signal));
  const [book, reload] = useResource(`codebook:${projectId}:${sort}:${coder}:${version}`, (signal) => loadCodebook(projectId, sort, coder, signal));

  // While a change reloads the codebook the tree stays (with its filter, ticks and folds) on the last data.
  const last = useRef<Awaited<ReturnType<typeof loadCodebook>> | null>(null);
  if (book.status === 'ready') last.current = book.data;
  if (book.status === 'error') return <ErrorNotice message={errorText(book.error, t)} onRetry={reload} />;
  if (!last.current) return <Loading />;
  const { categories, codes } = last.current;
  // The selected code as last loaded (its colour, counts and criteria change under it); gone once merged or deleted.
  const current = selected ? (codes.find((c) => c.id === selected.id) ?? null) : null;
  const coderFilter = (
    <label className="codebook__coder">
      {t.coding.coderFilter}{' '}
      <select value={coder} onChange={(e) => setCoder(e.target.value)}>
        <option value="">{t.coding.everyone}</option>
        {coders.status === 'ready' &&
          coders.data.map((c) => (
            <option key={c.id} value={c.id}>
              {c.display_name} ({c.applications})
            </option>
          ))}
      </select>
    </label>
  );

  return (
    <div className="workspace">
      <div className="workspace__tree">
        <CodebookTree
          projectId={projectId}
          categories={categories}
          codes={codes}
          selected={current?.id ?? null}
          sort={sort}
          onSort={setSort}
          coderFilter={coderFilter}
          onSelect={(code) => {
            const next = current?.id === code.id ? null : code;
            onSelect(next);
            if (next && window.matchMedia?.('(max-width: 1039px)').matches) {
              requestAnimationFrame(() => detail.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
            }
          }}
          onChanged={onChanged}
        />
        {codes.length === 0 && mayCode && (
          <button type="button" className="button button--primary" onClick={onAutoCode}>
            {t.coding.tree.goAutoCode}
          </button>
        )}
      </div>
      <div className="workspace__detail" ref={detail}>
        {current ? (
          <CodeDetail key={current.id} projectId={projectId} code={current} onClose={() => onSelect(null)} onChanged={onChanged} />
        ) : (
          <p className="empty-state empty-state--compact muted">{t.coding.tree.selectHint}</p>
        )}
      </div>
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
          <p className="coverage__total">
            {t.coding.coverageTotal(Math.round(coverage.data.project.coded_share * 100), coverage.data.project.coded, coverage.data.project.fragments)}
          </p>
          <p className="muted">
            {t.coding.coverageRest(coverage.data.project.not_relevant, coverage.data.project.examined ?? 0, coverage.data.project.unexamined)}
          </p>
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
