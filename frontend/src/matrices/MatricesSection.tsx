import { useMemo, useState } from 'react';
import { api, type MatrixQuery } from '../api/client';
import type { Matrix, MatrixKind } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { AttributeValueSelects, valuesByVariable, type AttributeChoice } from './AttributeFilter';
import { MatrixCellPane, type SelectedCell } from './MatrixCellPane';
import { MatrixGrid } from './MatrixGrid';

const KINDS: readonly MatrixKind[] = ['cooccurrence', 'interviews', 'attribute'];

/** Code matrices with a heat-shaded grid, a counts/normalised toggle, an attribute filter and a cell's fragments. */
export function MatricesSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MatrixKind>('cooccurrence');
  const [attribute, setAttribute] = useState('');
  const [normalised, setNormalised] = useState(false);
  const [filter, setFilter] = useState<AttributeChoice>({ name: '', value: '' });
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const [attributes] = useResource(`attributes:${projectId}`, (signal) => api.getAttributeTable(projectId, signal));
  const values = useMemo(() => valuesByVariable(attributes.status === 'ready' ? attributes.data : null), [attributes]);
  const names = Object.keys(values);
  const column = kind === 'attribute' ? attribute || names[0] || '' : '';
  const query: MatrixQuery = {
    kind,
    ...(column ? { attribute: column } : {}),
    ...(filter.name && filter.value ? { filters: { [filter.name]: filter.value } } : {}),
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
              <AttributeValueSelects values={values} choice={filter} onChange={(next) => change(() => setFilter(next))} />
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
