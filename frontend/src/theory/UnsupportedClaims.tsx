import type { UnsupportedClaim } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

/** Claims the verification left out because no verified quote backs them: listed, never shown as part of the theory. */
export function UnsupportedClaims({ claims }: { claims: UnsupportedClaim[] }) {
  const { t } = useI18n();
  if (claims.length === 0) return null;
  const components: Record<string, string> = {
    causal_conditions: t.theory.paradigm.causal,
    context: t.theory.paradigm.context,
    intervening_conditions: t.theory.paradigm.intervening,
    strategies: t.theory.paradigm.strategies,
    consequences: t.theory.consequences,
    propositions: t.theory.propositions,
  };
  return (
    <details className="disclosure">
      <summary>{t.theory.unsupported.title(claims.length)}</summary>
      <p className="muted">{t.theory.unsupported.lead}</p>
      <ul>
        {claims.map((c, i) => (
          <li key={i}>
            <p>{c.statement}</p>
            <p className="muted">{t.theory.unsupported.item(components[c.component] ?? c.component, t.theory.unsupported.reasons[c.reason] ?? c.reason)}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}
