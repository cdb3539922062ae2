import { useMemo, useState } from 'react';
import { api, type MatrixQuery } from '../api/client';
import type { AttributeTable, Matrix, MatrixKind } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { MatrixCellPane, type SelectedCell } from './MatrixCellPane';
import { MatrixGrid } from './MatrixGrid';

const KINDS: readonly MatrixKind[] = ['cooccurrence', 'interviews', 'attribute'];

/** Code matrices with a heat-shaded grid, a counts/normalised toggle, an attribute filter and a cell's fragments. */
export function MatricesSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MatrixKind>('cooccurrence');
  const [attribute, setAttribute] = useState('');
  const [normalised, setNormalised] = useState(false);
  const [filterName, setFilterName] = useState('');
  const [filterValue, setFilterValue] = useState('');
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const [attributes] = useResource(`attributes:${projectId}`, (signal) => api.getAttributeTable(projectId, signal));
  const values = useMemo(() => valuesByVariable(attributes.status === 'ready' ? attributes.data : null), [attributes]);
  const names = Object.keys(values);
  const column = kind === 'attribute' ? attribute || names[0] || '' : '';
  const query: MatrixQuery = {
    kind,
    ...(column ? { attribute: column } : {}),
    ...(filterName && filterValue ? { filters: { [filterName]: filterValue } } : {}),
  };
  const key = JSON.stringify(query);
  const blocked = kind === 'attribute' && !column;
  const [matrix, reload] = useResource(`matrix:${projectId}:${key}`, (signal) =>
    blocked ? Promise.resolve<Matrix | null>(null) : api.getMatrix(projectId, query, signal),
  );
  const change = (apply: () => void) => {
    apply();
    setSelected(null);
  };

  return (
    <div className={`matrices${selected ? ' matrices--with-pane' : ''}`}>
      <section className="panel matrices__main" aria-labelledby="matrices-title">
        <h2 id="matrices-title" className="panel__title">
          {t.matrices.title}
        </h2>
        <p className="muted">{t.matrices.lead}</p>
        <div className="matrices__controls">
          <label className="field">
            <span>{t.matrices.kind}</span>
            <select value={kind} onChange={(e) => change(() => setKind(e.target.value as MatrixKind))}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.matrices.kinds[k]}
                </option>
              ))}
            </select>
          </label>
          {kind === 'attribute' && names.length > 0 && (
            <label className="field">
              <span>{t.matrices.attribute}</span>
              <select value={column} onChange={(e) => change(() => setAttribute(e.target.value))}>
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
          <fieldset className="matrices__toggle">
            <legend>{t.matrices.show}</legend>
            <label>
              <input type="radio" name="matrix-values" checked={!normalised} onChange={() => setNormalised(false)} /> {t.matrices.counts}
            </label>
            <label>
              <input type="radio" name="matrix-values" checked={normalised} onChange={() => setNormalised(true)} /> {t.matrices.normalised}
            </label>
          </fieldset>
          {names.length > 0 && (
            <fieldset className="matrices__filter">
              <legend>{t.matrices.filter}</legend>
              <select
                aria-label={t.matrices.filterAttribute}
                value={filterName}
                onChange={(e) =>
                  change(() => {
                    setFilterName(e.target.value);
                    setFilterValue(e.target.value ? (values[e.target.value]?.[0] ?? '') : '');
                  })
                }
              >
                <option value="">{t.matrices.anyAttribute}</option>
                {names.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              {filterName && (
                <select aria-label={t.matrices.filterValue} value={filterValue} onChange={(e) => change(() => setFilterValue(e.target.value))}>
                  {(values[filterName] ?? []).map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              )}
            </fieldset>
          )}
        </div>
        {blocked && <p className="muted">{t.matrices.noAttributes}</p>}
        {matrix.status === 'loading' && <Loading />}
        {matrix.status === 'error' && <ErrorNotice message={errorText(matrix.error, t)} onRetry={reload} />}
        {matrix.status === 'ready' && matrix.data && (
          <>
            <p className="muted matrices__note">{matrix.data.normalisation === 'jaccard' ? t.matrices.jaccard : t.matrices.rowShare}</p>
            <MatrixGrid matrix={matrix.data} normalised={normalised} selected={selected} onSelect={setSelected} />
          </>
        )}
      </section>
      {selected && <MatrixCellPane projectId={projectId} query={query} cell={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}

/** Each variable's distinct values, sorted, from the attributes table. */
/** Each attribute of the project with the values interviews have for it, sorted (names matched ignoring case). */
export function valuesByVariable(table: AttributeTable | null): Record<string, string[]> {
  const result: Record<string, Set<string>> = {};
  for (const variable of table?.variables ?? []) result[variable.name] = new Set();
  for (const row of table?.interviews ?? []) {
    for (const a of row.attributes) {
      const key = Object.keys(result).find((n) => n.toLowerCase() === a.name.toLowerCase()) ?? a.name;
      (result[key] ??= new Set()).add(a.value);
    }
  }
  return Object.fromEntries(Object.entries(result).map(([n, set]) => [n, [...set].sort((a, b) => a.localeCompare(b))]));
}
