import type { Matrix } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import type { SelectedCell } from './MatrixCellPane';

/**
 * The matrix as a table: one row per code, one column per code, interview or attribute value; each non-empty
 * cell a button shaded by its value relative to the largest one shown (the diagonal of a co-occurrence matrix is
 * left out of the scale, since a code always co-occurs with itself).
 */
export function MatrixGrid({
  matrix,
  normalised,
  selected,
  onSelect,
}: {
  matrix: Matrix;
  normalised: boolean;
  selected: SelectedCell | null;
  onSelect(cell: SelectedCell): void;
}) {
  const { t, lang } = useI18n();
  if (matrix.rows.length === 0) {
    return <p className="muted">{t.matrices.empty}</p>;
  }
  const diagonal = matrix.kind === 'cooccurrence';
  const byPosition = new Map(matrix.cells.map((c) => [`${c.row}:${c.column}`, c]));
  const scale = Math.max(0, ...matrix.cells.filter((c) => !(diagonal && c.row === c.column)).map((c) => (normalised ? c.normalised : c.count)));
  const label = (key: string, text: string) => (matrix.kind === 'attribute' && key === '' ? t.matrices.noValue : text);
  const format = (value: number) => (normalised ? value.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 }) : value.toLocaleString(lang));
  return (
    <div className="table-scroll matrix-scroll">
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t.matrices.code}
            </th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c.key} className="matrix__column">
                <span>{label(c.key, c.label)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.code_id}>
              <th scope="row" className="matrix__row">
                <span className="matrix__swatch" style={{ background: row.color ?? 'transparent' }} aria-hidden="true" />
                {row.label} <span className="muted">({row.fragments})</span>
              </th>
              {matrix.columns.map((column, c) => {
                const cell = byPosition.get(`${r}:${c}`);
                if (!cell) {
                  return <td key={column.key} className="matrix__cell matrix__cell--empty" />;
                }
                const value = normalised ? cell.normalised : cell.count;
                const heat = diagonal && r === c ? 0 : scale > 0 ? value / scale : 0;
                const active = selected?.row === row.code_id && selected.column === column.key;
                const text = format(value);
                return (
                  <td key={column.key} className="matrix__cell">
                    <button
                      type="button"
                      className={`matrix__button${active ? ' matrix__button--active' : ''}${heat > 0.55 ? ' matrix__button--dark' : ''}`}
                      style={{ background: `rgba(29, 92, 99, ${(0.08 + heat * 0.82).toFixed(3)})` }}
                      aria-pressed={active}
                      aria-label={t.matrices.cellLabel(row.label, label(column.key, column.label), text)}
                      onClick={() =>
                        onSelect({
                          row: row.code_id,
                          column: column.key,
                          rowLabel: row.label,
                          columnLabel: label(column.key, column.label),
                          count: cell.count,
                        })
                      }
                    >
                      {text}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
