import type { Key, ReactNode } from 'react';

/** One column of a {@link DataTable}: its header and how a row fills its cell. */
export interface Column<R> {
  header: ReactNode;
  /** Right-aligned figures (header and cells). */
  numeric?: boolean;
  /** Cells in a fixed-width font (prompt names, hashes). */
  mono?: boolean;
  cell(row: R): ReactNode;
}

interface DataTableProps<R> {
  caption?: ReactNode;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey(row: R, index: number): Key;
  /** The first column names its row (a row header rather than a data cell). */
  rowHeaders?: boolean;
}

/** A scrollable table of figures: column headers, one row per item, numbers right-aligned. */
export function DataTable<R>({ caption, columns, rows, rowKey, rowHeaders = false }: DataTableProps<R>) {
  const cellClass = (column: Column<R>) => (column.numeric ? 'numeric' : column.mono ? 'mono' : undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column, i) =>
                rowHeaders && i === 0 ? (
                  <th key={i} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
