import { useState } from 'react';
import type { SearchHit, SearchResult } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { HighlightedText } from '../interviews/HighlightedText';
import { useCan } from '../projects/role';
import { errorText } from '../ui/errors';
import { BulkCodeBar, type CodeChoice } from './BulkCodeBar';
import type { HitOutcome } from './bulkApply';

/** The hits, each with its codes; a coder selects hits and applies one code to all of them. */
export function SearchResults({
  projectId,
  result,
  codes,
  onCodeCreated,
}: {
  projectId: string;
  result: SearchResult;
  codes: CodeChoice[];
  onCodeCreated(code: CodeChoice): void;
}) {
  const { t } = useI18n();
  const can = useCan();
  const coder = can('coder');
  const [hits, setHits] = useState(result.results);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Map<string, HitOutcome>>(new Map());
  const byId = new Map(codes.map((c) => [c.id, c]));
  const allSelected = hits.length > 0 && selected.size === hits.length;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const applied = (result: Map<string, HitOutcome>, newCode: CodeChoice | null) => {
    if (newCode) onCodeCreated(newCode);
    setOutcomes(result);
    setHits((current) =>
      current.map((hit) => {
        const outcome = result.get(hit.fragment_id);
        if (outcome?.status !== 'applied' || hit.code_ids.includes(outcome.application.code_id)) return hit;
        return { ...hit, code_ids: [...hit.code_ids, outcome.application.code_id] };
      }),
    );
    // Hits that failed stay selected, so the code can be applied to them again.
    setSelected(new Set([...result].filter(([, o]) => o.status === 'failed').map(([id]) => id)));
  };
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden">
        {t.search.results}
      </h2>
      <p className="list-count" role="status">
        {t.search.count(hits.length)}
      </p>
      {result.degraded && <p className="job__degraded">{t.search.degraded(result.missing_sources.join(', '))}</p>}
      {result.index.pending > 0 && <p className="job__degraded">{t.search.pending(result.index.pending, result.index.interviews)}</p>}
      {result.index.failed > 0 && <p className="job__degraded">{t.search.failed(result.index.failed)}</p>}
      {coder && hits.length > 0 && (
        <div className="search-bulk panel">
          <label className="checkbox">
            <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(hits.map((h) => h.fragment_id)))} />
            {t.search.selectAll(hits.length)}
          </label>
          <BulkCodeBar codes={codes} hits={hits.filter((h) => selected.has(h.fragment_id))} onApplied={applied} />
        </div>
      )}
      <ol className="fragments">
        {hits.map((hit) => (
          <HitItem
            key={hit.fragment_id}
            projectId={projectId}
            hit={hit}
            codes={hit.code_ids.map((id) => byId.get(id)).filter((c): c is CodeChoice => c !== undefined)}
            selectable={coder}
            selected={selected.has(hit.fragment_id)}
            onToggle={() => toggle(hit.fragment_id)}
            outcome={outcomes.get(hit.fragment_id)}
          />
        ))}
      </ol>
    </section>
  );
}

interface HitItemProps {
  projectId: string;
  hit: SearchHit;
  codes: CodeChoice[];
  selectable: boolean;
  selected: boolean;
  onToggle(): void;
  outcome: HitOutcome | undefined;
}

function HitItem({ projectId, hit, codes, selectable, selected, onToggle, outcome }: HitItemProps) {
  const { t } = useI18n();
  const who = hit.speaker && hit.speaker !== hit.interview_label ? `${hit.interview_label} · ${hit.speaker}` : hit.interview_label;
  return (
    <li className={selected ? 'fragment search-hit search-hit--selected' : 'fragment search-hit'}>
      <div className="fragment__meta">
        {selectable && <input type="checkbox" className="search-hit__select" checked={selected} onChange={onToggle} aria-label={t.search.selectHit(who)} />}
        <span className="search-hit__interview">{hit.interview_label}</span>
        {hit.speaker && hit.speaker !== hit.interview_label && <span className="speaker speaker--0">{hit.speaker}</span>}
      </div>
      <p className="fragment__text">
        <HighlightedText text={hit.text} spans={hit.highlights} className="match" />
      </p>
      {codes.length > 0 && (
        <ul className="code-chips" aria-label={t.search.codesOf(who)}>
          {codes.map((code) => (
            <li key={code.id} className="code-chip-tag" style={{ ['--code-color' as string]: code.color ?? '#6b7280' }}>
              {code.label}
            </li>
          ))}
        </ul>
      )}
      {outcome?.status === 'failed' && <p className="search-hit__failed">{t.search.hitFailed(errorText(outcome.error, t))}</p>}
      <Link href={paths.interview(projectId, hit.interview_id, { fragment: hit.fragment_id })}>{t.search.open}</Link>
    </li>
  );
}
