import type { Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { templateName, useDomainTemplates } from '../projects/templates';
import { DataTable } from '../ui/DataTable';
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
        <DataTable
          columns={[
            { header: t.theory.manifest.stage, cell: (s) => s.stage },
            {
              header: t.theory.manifest.generatedBy,
              cell: (s) => (
                <>
                  {sourceLabel(t, s.generated_by)}
                  {s.model.length > 0 ? ` (${s.model.join(', ')})` : ''}
                  {s.repaired ? ` · ${t.theory.manifest.repaired}` : ''}
                </>
              ),
            },
            { header: t.theory.manifest.prompts, mono: true, cell: (s) => s.prompts.join(', ') || '—' },
            { header: t.theory.manifest.tokensIn, numeric: true, cell: (s) => s.input_tokens },
            { header: t.theory.manifest.tokensOut, numeric: true, cell: (s) => s.output_tokens },
            {
              header: t.theory.manifest.requests,
              numeric: true,
              cell: (s) => (
                <>
                  {s.requests}
                  {s.retries > 0 ? ` (+${s.retries})` : ''}
                </>
              ),
            },
            { header: t.theory.manifest.time, numeric: true, cell: (s) => <>{(s.elapsed_ms / 1000).toFixed(2)} s</> },
          ]}
          rows={m.stages}
          rowKey={(s, i) => `${s.stage}-${i}`}
          rowHeaders
        />
        {m.budget_trims.length > 0 && (
          <DataTable
            caption={t.theory.manifest.trims}
            columns={[
              { header: t.theory.manifest.stage, cell: (trim) => trim.stage },
              { header: t.theory.manifest.step, cell: (trim) => trim.step },
              { header: t.theory.manifest.applications, numeric: true, cell: (trim) => trim.applications },
              { header: t.theory.manifest.tokensBefore, numeric: true, cell: (trim) => trim.tokens_before },
              { header: t.theory.manifest.tokensAfter, numeric: true, cell: (trim) => trim.tokens_after },
            ]}
            rows={m.budget_trims}
            rowKey={(_, i) => i}
            rowHeaders
          />
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
