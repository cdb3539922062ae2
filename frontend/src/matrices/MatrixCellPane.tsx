import { useEffect, useState } from 'react';
import { api, type MatrixQuery } from '../api/client';
import type { MatrixCellFragment } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { HighlightedText } from '../interviews/HighlightedText';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';

/** The cell a researcher clicked: its code (row) and column key, with labels to show. */
export interface SelectedCell {
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  count: number;
}

const PAGE = 20;

/** The fragments behind one matrix cell, with the codes' quotes marked, a page at a time. */
export function MatrixCellPane({ projectId, query, cell, onClose }: { projectId: string; query: MatrixQuery; cell: SelectedCell; onClose(): void }) {
  const { t } = useI18n();
  const [items, setItems] = useState<MatrixCellFragment[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<unknown>(null);
  const key = `${JSON.stringify(query)}:${cell.row}:${cell.column}`;

  useEffect(() => {
    setItems([]);
    setPage(0);
  }, [key]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setFailure(null);
    api.getMatrixCell(projectId, query, { row: cell.row, column: cell.column, page, size: PAGE }, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setItems((before) => (page === 0 ? result.items : [...before, ...result.items]));
        setTotal(result.total_items);
        setLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setFailure(error);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the cell and query; `page` the slice
  }, [key, page]);

  return (
    <aside className="panel matrices__pane" aria-labelledby="matrix-cell-title">
      <div className="matrices__pane-head">
        <h2 id="matrix-cell-title" className="panel__title">
          {t.matrices.cellTitle(cell.rowLabel, cell.columnLabel)}
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t.matrices.close}
        </button>
      </div>
      <p className="muted">{t.matrices.cellCount(total || cell.count)}</p>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      <ol className="matrix-fragments">
        {items.map((f) => (
          <li key={f.fragment_id} className="matrix-fragment">
            <p className="matrix-fragment__source">
              <Link href={paths.interview(projectId, f.interview_id, { fragment: f.fragment_id })}>{f.interview_label}</Link>
              {f.speaker && <span className="muted"> · {f.speaker}</span>}
            </p>
            <blockquote className="matrix-fragment__text">
              <HighlightedText text={f.text} spans={f.quotes.map((q) => ({ start: q.quote_start, end: q.quote_end }))} />
            </blockquote>
            <p className="matrix-fragment__codes">
              {[...new Set(f.quotes.map((q) => q.code_label))].map((label) => (
                <span key={label} className="tag tag--quiet">
                  {label}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
      {loading && <Loading />}
      {!loading && items.length < total && (
        <button type="button" className="button button--secondary" onClick={() => setPage((p) => p + 1)}>
          {t.matrices.more}
        </button>
      )}
    </aside>
  );
}
