import type { Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

/** The network figures as tables: category centrality and category co-occurrence. */
export function NetworkTables({ theory }: { theory: Theory }) {
  const { t } = useI18n();
  const n = theory.network_summary;
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <details className="disclosure">
      <summary>{t.theory.network.tables}</summary>
      <p className="muted">{t.theory.network.counts(n.categories, n.codes, n.fragments, n.interviews)}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t.theory.network.centrality}</caption>
          <thead>
            <tr>
              <th scope="col">{t.theory.category}</th>
              <th scope="col" className="numeric">
                {t.theory.network.codes}
              </th>
              <th scope="col" className="numeric">
                {t.theory.network.fragments}
              </th>
              <th scope="col" className="numeric">
                {t.theory.network.interviews}
              </th>
              <th scope="col" className="numeric">
                {t.theory.network.degree}
              </th>
              <th scope="col" className="numeric">
                {t.theory.network.weighted}
              </th>
              <th scope="col" className="numeric">
                PageRank
              </th>
            </tr>
          </thead>
          <tbody>
            {[...n.centrality]
              .sort((a, b) => b.page_rank - a.page_rank)
              .map((row) => (
                <tr key={row.category_id}>
                  <th scope="row">{row.name}</th>
                  <td className="numeric">{row.code_count}</td>
                  <td className="numeric">{row.fragment_count}</td>
                  <td className="numeric">
                    {row.interview_count} ({percent(row.interview_coverage)})
                  </td>
                  <td className="numeric">{row.degree}</td>
                  <td className="numeric">{row.weighted_degree.toFixed(1)}</td>
                  <td className="numeric">{row.page_rank.toFixed(3)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {n.co_occurrence.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t.theory.network.coOccurrence}</caption>
            <thead>
              <tr>
                <th scope="col">{t.theory.category}</th>
                <th scope="col">{t.theory.category}</th>
                <th scope="col" className="numeric">
                  {t.theory.network.shared}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...n.co_occurrence]
                .sort((a, b) => b.shared_fragments - a.shared_fragments)
                .map((row) => (
                  <tr key={`${row.category_a}-${row.category_b}`}>
                    <td>{row.name_a}</td>
                    <td>{row.name_b}</td>
                    <td className="numeric">{row.shared_fragments}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
