import type { Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { templateName, useDomainTemplates } from '../projects/templates';
import { sourceLabel } from './sourceLabels';

/** The run manifest: route, provider, template, per-stage timings and tokens, budget trims, input hashes. */
export function ManifestPanel({ theory }: { theory: Theory }) {
  const { t, lang } = useI18n();
  const [templates] = useDomainTemplates();
  const m = theory.manifest;
  const tokens = m.stages.reduce((sum, s) => sum + s.input_tokens + s.output_tokens, 0);
  const elapsed = m.stages.reduce((sum, s) => sum + s.elapsed_ms, 0);
  return (
    <section className="panel" aria-labelledby="manifest-title">
      <h3 id="manifest-title">{t.theory.manifest.title}</h3>
      <dl className="details">
        <dt>{t.theory.manifest.route}</dt>
        <dd>{sourceLabel(t, m.route)}</dd>
        <dt>{t.theory.manifest.provider}</dt>
        <dd>{m.provider === m.access ? sourceLabel(t, m.provider) : `${sourceLabel(t, m.provider)} · ${sourceLabel(t, m.access)}`}</dd>
        <dt>{t.theory.manifest.template}</dt>
        <dd>{templateName(templates.status === 'ready' ? templates.data.find((x) => x.key === m.template) : undefined, m.template, lang)}</dd>
        <dt>{t.theory.manifest.attempt}</dt>
        <dd>{m.attempt}</dd>
        <dt>{t.theory.manifest.totals}</dt>
        <dd>{t.theory.manifest.totalsValue(tokens, (elapsed / 1000).toFixed(1))}</dd>
      </dl>
      <details className="disclosure">
        <summary>{t.theory.manifest.stages}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.theory.manifest.stage}</th>
                <th scope="col">{t.theory.manifest.generatedBy}</th>
                <th scope="col">{t.theory.manifest.prompts}</th>
                <th scope="col" className="numeric">
                  {t.theory.manifest.tokensIn}
                </th>
                <th scope="col" className="numeric">
                  {t.theory.manifest.tokensOut}
                </th>
                <th scope="col" className="numeric">
                  {t.theory.manifest.requests}
                </th>
                <th scope="col" className="numeric">
                  {t.theory.manifest.time}
                </th>
              </tr>
            </thead>
            <tbody>
              {m.stages.map((s, i) => (
                <tr key={`${s.stage}-${i}`}>
                  <th scope="row">{s.stage}</th>
                  <td>
                    {sourceLabel(t, s.generated_by)}
                    {s.model.length > 0 ? ` (${s.model.join(', ')})` : ''}
                    {s.repaired ? ` · ${t.theory.manifest.repaired}` : ''}
                  </td>
                  <td className="mono">{s.prompts.join(', ') || '—'}</td>
                  <td className="numeric">{s.input_tokens}</td>
                  <td className="numeric">{s.output_tokens}</td>
                  <td className="numeric">
                    {s.requests}
                    {s.retries > 0 ? ` (+${s.retries})` : ''}
                  </td>
                  <td className="numeric">{(s.elapsed_ms / 1000).toFixed(2)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {m.budget_trims.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t.theory.manifest.trims}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.theory.manifest.stage}</th>
                  <th scope="col">{t.theory.manifest.step}</th>
                  <th scope="col" className="numeric">
                    {t.theory.manifest.applications}
                  </th>
                  <th scope="col" className="numeric">
                    {t.theory.manifest.tokensBefore}
                  </th>
                  <th scope="col" className="numeric">
                    {t.theory.manifest.tokensAfter}
                  </th>
                </tr>
              </thead>
              <tbody>
                {m.budget_trims.map((trim, i) => (
                  <tr key={i}>
                    <th scope="row">{trim.stage}</th>
                    <td>{trim.step}</td>
                    <td className="numeric">{trim.applications}</td>
                    <td className="numeric">{trim.tokens_before}</td>
                    <td className="numeric">{trim.tokens_after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h4 className="subheading">{t.theory.manifest.hashes}</h4>
        <dl className="details">
          {Object.entries(m.input_hashes)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, hash]) => (
              <div key={name} className="details__row">
                <dt>{name}</dt>
                <dd className="mono hash">{hash}</dd>
              </div>
            ))}
        </dl>
      </details>
    </section>
  );
}
