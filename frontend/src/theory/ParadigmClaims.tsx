import type { Claim, EvidenceRef, Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { NegativeCases } from './CoreChoice';
import { Quotes } from './Quotes';

/** Every statement of the paradigm model by component, each with its quotes and negative cases. */
export function ParadigmClaims({ projectId, theory, quotes }: { projectId: string; theory: Theory; quotes: Map<string, EvidenceRef> }) {
  const { t } = useI18n();
  const p = theory.paradigm;
  const groups: [string, Claim[]][] = [
    [t.theory.paradigm.phenomenon, p.phenomenon],
    [t.theory.paradigm.causal, p.causal_conditions],
    [t.theory.paradigm.context, p.context],
    [t.theory.paradigm.intervening, p.intervening_conditions],
    [t.theory.paradigm.strategies, p.strategies],
  ];
  return (
    <dl className="claims">
      {groups
        .filter(([, claims]) => claims.length > 0)
        .map(([title, claims]) => (
          <div key={title}>
            <dt>{title}</dt>
            {claims.map((c, i) => (
              <dd key={`${c.category_id}-${i}`}>
                <strong>{c.category_name}:</strong> {c.statement}
                <Quotes projectId={projectId} evidence={c.evidence} />
                <NegativeCases projectId={projectId} cases={c.exceptions} quotes={quotes} />
              </dd>
            ))}
          </div>
        ))}
    </dl>
  );
}
