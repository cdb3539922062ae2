import type { Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable } from '../ui/DataTable';

/** The network figures as tables: category centrality and category co-occurrence. */
export function NetworkTables({ theory }: { theory: Theory }) {
  const { t } = useI18n();
  const n = theory.network_summary;
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <details className="disclosure">
      <summary>{t.theory.network.tables}</summary>
      <p className="muted">{t.theory.network.counts(n.categories, n.codes, n.fragments, n.interviews)}</p>
      <DataTable
        caption={t.theory.network.centrality}
        columns={[
          { header: t.theory.category, cell: (row) => row.name },
          { header: t.theory.network.codes, numeric: true, cell: (row) => row.code_count },
          { header: t.theory.network.fragments, numeric: true, cell: (row) => row.fragment_count },
          {
            header: t.theory.network.interviews,
            numeric: true,
            cell: (row) => (
              <>
                {row.interview_count} ({percent(row.interview_coverage)})
              </>
            ),
          },
          { header: t.theory.network.degree, numeric: true, cell: (row) => row.degree },
          { header: t.theory.network.weighted, numeric: true, cell: (row) => row.weighted_degree.toFixed(1) },
          { header: 'PageRank', numeric: true, cell: (row) => row.page_rank.toFixed(3) },
        ]}
        rows={[...n.centrality].sort((a, b) => b.page_rank - a.page_rank)}
        rowKey={(row) => row.category_id}
        rowHeaders
      />
      {n.co_occurrence.length > 0 && (
        <DataTable
          caption={t.theory.network.coOccurrence}
          columns={[
            { header: t.theory.category, cell: (row) => row.name_a },
            { header: t.theory.category, cell: (row) => row.name_b },
            { header: t.theory.network.shared, numeric: true, cell: (row) => row.shared_fragments },
          ]}
          rows={[...n.co_occurrence].sort((a, b) => b.shared_fragments - a.shared_fragments)}
          rowKey={(row) => `${row.category_a}-${row.category_b}`}
        />
      )}
    </details>
  );
}
