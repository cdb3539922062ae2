import type { CandidateScore, CoreCategory, EvidenceRef, NegativeCase, Theory } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { attribution } from './attribution';

const CRITERIA = ['central', 'frequent', 'connected', 'abstract_enough', 'explains_variation'] as const;

function total(c: CandidateScore): number {
  return CRITERIA.reduce((sum, k) => sum + c[k], 0);
}

/**
 * How the core category was chosen (ADR 035): every candidate the model scored 1–5 on Strauss and Corbin's criteria,
 * with its reasoning, the chosen one marked; then the storyline. Nothing at all for a theory without them (offline
 * analyst, older versions).
 */
export function CoreChoice({ core }: { core: CoreCategory }) {
  const { t } = useI18n();
  const candidates = core.candidates;
  const storyline = core.storyline.trim();
  if (candidates.length === 0 && !storyline) return null;
  const chosen = (c: CandidateScore) => c.category_id === core.category_id;
  const labels = t.theory.coreChoice;
  return (
    <section className="panel core-choice" aria-labelledby="core-choice-title">
      <h3 id="core-choice-title">{labels.title}</h3>
      {candidates.length > 0 && (
        <>
          <p className="muted">{labels.intro}</p>
          <div className="table-scroll">
            <table className="data-table core-choice__table">
              <caption className="visually-hidden">{labels.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.candidate}</th>
                  {CRITERIA.map((k) => (
                    <th key={k} scope="col" className="numeric">
                      {labels.criteria[k]}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {labels.total}
                  </th>
                  <th scope="col">{labels.reasoning}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c, i) => (
                  <tr key={`${c.category_id}-${i}`} className={chosen(c) ? 'is-chosen' : undefined}>
                    <th scope="row">
                      {c.category_name}
                      {chosen(c) && <span className="badge badge--chosen">{labels.chosen}</span>}
                    </th>
                    {CRITERIA.map((k) => (
                      <td key={k} className="numeric">
                        {c[k]}
                      </td>
                    ))}
                    <td className="numeric">
                      <strong>{total(c)}</strong>
                    </td>
                    <td>{c.reasoning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {storyline && (
        <>
          <h4 className="subheading">{labels.storyline}</h4>
          <p className="prose core-choice__storyline">{storyline}</p>
        </>
      )}
    </section>
  );
}

/** Every quote of the theory by fragment, so a negative case's fragment can be shown with its words and interview. */
export function quotesByFragment(theory: Theory): Map<string, EvidenceRef> {
  const all: EvidenceRef[] = [
    ...theory.core_category.evidence,
    ...[
      theory.paradigm.phenomenon,
      theory.paradigm.causal_conditions,
      theory.paradigm.context,
      theory.paradigm.intervening_conditions,
      theory.paradigm.strategies,
    ].flatMap((claims) => claims.flatMap((c) => c.evidence)),
    ...theory.consequences.flatMap((c) => c.evidence),
    ...theory.propositions.flatMap((p) => p.evidence),
  ];
  const byFragment = new Map<string, EvidenceRef>();
  for (const e of all) if (!byFragment.has(e.fragment_id)) byFragment.set(e.fragment_id, e);
  return byFragment;
}

/**
 * A claim's negative cases under it: each statement with its verified quote; where the cited fragment is also quoted
 * in the theory, the quote links to it in the transcript with its interview. Nothing when the claim has none.
 */
export function NegativeCases({ projectId, cases, quotes }: { projectId: string; cases: NegativeCase[]; quotes: Map<string, EvidenceRef> }) {
  const { t } = useI18n();
  if (cases.length === 0) return null;
  return (
    <div className="negative-cases">
      <p className="negative-cases__title">{t.theory.negativeCases}</p>
      <ul aria-label={t.theory.negativeCases}>
        {cases.map((n, i) => {
          const q = n.fragment_id ? quotes.get(n.fragment_id) : undefined;
          return (
            <li key={`${n.fragment_id ?? 'none'}-${i}`}>
              <span>{n.statement}</span>
              {!q && n.quote && (
                <>
                  {' '}
                  <span className="quote">“{n.quote}”</span>
                </>
              )}
              {q && (
                <>
                  {' '}
                  <Link
                    className="quote-link"
                    href={paths.interview(projectId, q.interview_id, { fragment: q.fragment_id, quote: { start: q.start, end: q.end } })}
                  >
                    “{q.quote}”
                  </Link>{' '}
                  <span className="muted">— {attribution(q.interview_label, q.speaker)}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
