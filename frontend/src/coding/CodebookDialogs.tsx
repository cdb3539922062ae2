import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Code, CodeSort } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { useCan } from '../projects/role';

const SIZE = 100;

interface CodebookTableProps {
  projectId: string;
  version: number;
  selected: string | null;
  onSelect(code: Code): void;
  onChanged(): void;
}

/** The codebook: sortable, filterable; each code can be renamed, merged into another, or deleted. */
export function CodebookTable({ projectId, version, selected, onSelect, onChanged }: CodebookTableProps) {
  const { t } = useI18n();
  const mayEdit = useCan()('coder');
  const [sort, setSort] = useState<CodeSort>('applications');
  const [filter, setFilter] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const [coder, setCoder] = useState('');
  const [coders] = useResource(`coders:${projectId}:${version}`, (signal) => api.listCoders(projectId, signal));
  const [codes, reload] = useResource(`codes:${projectId}:${sort}:${q}:${page}:${coder}:${version}`, (signal) =>
    api.listCodes(projectId, { sort, q, page, size: SIZE, ...(coder ? { coder } : {}) }, signal),
  );
  const [action, setAction] = useState<{ kind: 'rename' | 'criteria' | 'merge' | 'delete'; code: Code } | null>(null);
  const applyFilter = (event: FormEvent) => {
    event.preventDefault();
    setPage(0);
    setQ(filter.trim());
  };

  const header = (key: CodeSort, label: string, numeric = false) => (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={sort === key ? (key === 'label' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => setSort(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? (key === 'label' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <section className="codebook" aria-labelledby="codebook-title">
      <div className="codebook__head">
        <h2 id="codebook-title">{t.coding.codebook}</h2>
        <form className="codebook__filter" role="search" onSubmit={applyFilter}>
          <label htmlFor="codebook-filter" className="visually-hidden">
            {t.coding.filter}
          </label>
          <input id="codebook-filter" type="search" placeholder={t.coding.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <button type="submit" className="button button--secondary button--small">
            {t.coding.filterButton}
          </button>
        </form>
        <label className="codebook__coder">
          {t.coding.coderFilter}{' '}
          <select
            value={coder}
            onChange={(e) => {
              setPage(0);
              setCoder(e.target.value);
            }}
          >
            <option value="">{t.coding.everyone}</option>
            {coders.status === 'ready' &&
              coders.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.display_name} ({c.applications})
                </option>
              ))}
          </select>
        </label>
      </div>
      {codes.status === 'loading' && <Loading />}
      {codes.status === 'error' && <ErrorNotice message={errorText(codes.error, t)} onRetry={reload} />}
      {codes.status === 'ready' && codes.data.total_items === 0 && (
        <div className="empty-state empty-state--compact">
          <p>{q ? t.coding.noMatch(q) : t.coding.noCodes}</p>
        </div>
      )}
      {codes.status === 'ready' && codes.data.total_items > 0 && (
        <>
          <p className="list-count">{t.coding.codeCount(codes.data.total_items)}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  {header('label', t.coding.code)}
                  <th scope="col">{t.coding.category}</th>
                  <th scope="col">{t.coding.origin}</th>
                  {header('applications', t.coding.quotes, true)}
                  {header('interviews', t.coding.interviews, true)}
                  {mayEdit && (
                    <th scope="col">
                      <span className="visually-hidden">{t.interviews.actions}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {codes.data.items.map((code) => (
                  <tr key={code.id} className={selected === code.id ? 'is-selected' : undefined}>
                    <th scope="row">
                      {action?.kind === 'rename' && action.code.id === code.id ? (
                        <RenameForm code={code} onDone={(changed) => { setAction(null); if (changed) onChanged(); }} />
                      ) : (
                        <button type="button" className="link-button" aria-pressed={selected === code.id} onClick={() => onSelect(code)}>
                          {code.label}
                        </button>
                      )}
                    </th>
                    <td>{code.category_name ?? <span className="muted">{t.coding.ungrouped}</span>}</td>
                    <td>
                      <span className="tag tag--quiet">{t.coding.origins[code.origin]}</span>
                    </td>
                    <td className="numeric">{code.application_count}</td>
                    <td className="numeric">{code.interviews_covered}</td>
                    {mayEdit && (
                      <td className="actions">
                        <div className="button-row button-row--tight">
                          <button type="button" className="button button--ghost button--small" aria-label={t.coding.renameLabel(code.label)} onClick={() => setAction({ kind: 'rename', code })}>
                            {t.coding.rename}
                          </button>
                          <button type="button" className="button button--ghost button--small" aria-label={t.coding.criteriaLabel(code.label)} onClick={() => setAction({ kind: 'criteria', code })}>
                            {t.coding.criteria}
                          </button>
                          <button type="button" className="button button--ghost button--small" aria-label={t.coding.mergeLabel(code.label)} onClick={() => setAction({ kind: 'merge', code })}>
                            {t.coding.merge}
                          </button>
                          <button type="button" className="button button--danger-quiet button--small" aria-label={t.coding.deleteLabel(code.label)} onClick={() => setAction({ kind: 'delete', code })}>
                            {t.coding.delete}
                          </button>
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {codes.data.total_pages > 1 && (
            <div className="pagination">
              <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                ← {t.app.previous}
              </button>
              <span className="pagination__status">{t.app.pageOf(page + 1, codes.data.total_pages)}</span>
              <button type="button" className="button button--secondary" disabled={page + 1 >= codes.data.total_pages} onClick={() => setPage(page + 1)}>
                {t.app.next} →
              </button>
            </div>
          )}
          {action?.kind === 'merge' && (
            <MergeDialog code={action.code} candidates={codes.data.items} onDone={(changed) => { setAction(null); if (changed) onChanged(); }} />
          )}
        </>
      )}
      {action?.kind === 'criteria' && <CriteriaDialog code={action.code} onDone={(changed) => { setAction(null); if (changed) onChanged(); }} />}
      {action?.kind === 'delete' && <DeleteCodeDialog code={action.code} onDone={(changed) => { setAction(null); if (changed) onChanged(); }} />}
    </section>
  );
}

function RenameForm({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState(code.label);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) {
      setFailure(t.validation.required);
      return;
    }
    setBusy(true);
    try {
      await api.updateCode(code.id, { label: label.trim() });
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={save}>
      <label htmlFor={`rename-${code.id}`} className="visually-hidden">
        {t.coding.newLabel}
      </label>
      <input
        id={`rename-${code.id}`}
        value={label}
        maxLength={200}
        autoFocus
        aria-invalid={failure ? true : undefined}
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone(false)}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t.coding.save}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => onDone(false)}>
        {t.form.cancel}
      </button>
      {failure && <p className="field__error" role="alert">{failure}</p>}
    </form>
  );
}

function MergeDialog({ code, candidates, onDone }: { code: Code; candidates: Code[]; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const others = candidates.filter((c) => c.id !== code.id);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const merge = async () => {
    setBusy(true);
    try {
      await api.mergeCode(code.id, { into_code_id: into });
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t.coding.mergeTitle(code.label)}
      confirmLabel={busy ? t.coding.merging : t.coding.mergeConfirm}
      cancelLabel={t.form.cancel}
      busy={busy || !into}
      onConfirm={() => void merge()}
      onCancel={() => onDone(false)}
      tone="primary"
    >
      <p>{t.coding.mergeBody}</p>
      <label className="field">
        <span className="field__label">{t.coding.mergeInto}</span>
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

function DeleteCodeDialog({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    try {
      await api.deleteCode(code.id);
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t.coding.deleteTitle}
      confirmLabel={busy ? t.interviews.deleting : t.coding.deleteConfirm}
      cancelLabel={t.coding.keep}
      busy={busy}
      onConfirm={() => void remove()}
      onCancel={() => onDone(false)}
    >
      <p>{t.coding.deleteBody(code.label, code.application_count)}</p>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

/** A code's definition, inclusion and exclusion criteria and anchor quotes (one per line), as a codebook states them. */
function CriteriaDialog({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [definition, setDefinition] = useState(code.definition ?? '');
  const [inclusion, setInclusion] = useState(code.inclusion_criteria ?? '');
  const [exclusion, setExclusion] = useState(code.exclusion_criteria ?? '');
  const [examples, setExamples] = useState((code.examples ?? []).join('\n'));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    try {
      await api.updateCode(code.id, {
        definition: definition.trim(),
        inclusion_criteria: inclusion.trim(),
        exclusion_criteria: exclusion.trim(),
        examples: examples
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      });
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t.coding.criteriaTitle(code.label)}
      confirmLabel={busy ? t.coding.saving : t.coding.save}
      cancelLabel={t.form.cancel}
      busy={busy}
      onConfirm={() => void save()}
      onCancel={() => onDone(false)}
      tone="primary"
    >
      <label className="field">
        <span className="field__label">{t.coding.definition}</span>
        <textarea value={definition} maxLength={5000} rows={3} onChange={(e) => setDefinition(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.inclusionCriteria}</span>
        <textarea value={inclusion} maxLength={5000} rows={3} onChange={(e) => setInclusion(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.exclusionCriteria}</span>
        <textarea value={exclusion} maxLength={5000} rows={3} onChange={(e) => setExclusion(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.examplesOnePerLine}</span>
        <textarea value={examples} rows={4} onChange={(e) => setExamples(e.target.value)} />
      </label>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}
