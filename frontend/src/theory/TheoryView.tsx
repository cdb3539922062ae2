import { useState } from 'react';
import { api } from '../api/client';
import type { Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { DataTable } from '../ui/DataTable';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { CoreChoice, NegativeCases, quotesByFragment } from './CoreChoice';
import { ExportButtons } from './ExportButtons';
import { ExportHistory } from './ExportHistory';
import { ManifestPanel } from './ManifestPanel';
import { NetworkTables } from './NetworkTables';
import { ParadigmClaims } from './ParadigmClaims';
import { Quotes } from './Quotes';
import { sourceLabel } from './sourceLabels';
import { ParadigmDiagram, SaturationChart } from './TheoryFigures';
import { TheoryNetwork } from './TheoryNetwork';
import { UnsupportedClaims } from './UnsupportedClaims';

/** One saved theory version: core category, propositions, consequences, figures, gaps, manifest and exports. */
export function TheoryView({ projectId, theoryId }: { projectId: string; theoryId: string }) {
  const { t } = useI18n();
  const [theory, reload] = useResource(`theory:${theoryId}`, (signal) => api.getTheory(projectId, theoryId, signal));
  const [exports, setExports] = useState(0);
  if (theory.status === 'loading') return <Loading />;
  if (theory.status === 'error') return <ErrorNotice message={errorText(theory.error, t)} onRetry={reload} />;
  const data: Theory = theory.data;
  const v = data.validation;
  const quotes = quotesByFragment(data);
  return (
    <article className="theory__view" aria-labelledby="theory-title">
      <header className="panel">
        <p className="panel__title">
          {t.theory.versionLabel(data.version)} · {sourceLabel(t, data.generated_by)}
        </p>
        <h2 id="theory-title">{data.core_category.name}</h2>
        {data.core_category.definition && <p>{data.core_category.definition}</p>}
        <p className="prose">
          <strong>{t.theory.why}</strong> {data.core_category.why}
        </p>
        <Quotes projectId={projectId} evidence={data.core_category.evidence} />
        <dl className="details">
          <dt>{t.theory.readiness}</dt>
          <dd>{data.readiness_score} / 100</dd>
          <dt>{t.theory.coverage}</dt>
          <dd>{t.theory.coverageValue(data.evidence_coverage.claims_with_evidence, data.evidence_coverage.claims)}</dd>
          <dt>{t.theory.verification}</dt>
          <dd>{t.theory.verificationValue(v.verified, v.evidence_checked, v.not_verbatim + v.unknown_fragment + v.wrong_category)}</dd>
        </dl>
        {v.claims_repaired > 0 && <p className="muted">{t.theory.repaired(v.claims_repaired)}</p>}
        <UnsupportedClaims claims={v.unsupported_claims} />
        {data.degraded && <p className="job__degraded">{t.jobs.degraded}</p>}
        <ExportButtons projectId={projectId} theoryId={data.id} onExported={() => setExports((n) => n + 1)} />
      </header>
      <CoreChoice core={data.core_category} />
      <section className="panel" aria-labelledby="propositions-title">
        <h3 id="propositions-title">{t.theory.propositions}</h3>
        <ol className="propositions">
          {data.propositions.map((p) => (
            <li key={p.id}>
              <p>{p.text}</p>
              <Quotes projectId={projectId} evidence={p.evidence} />
              <NegativeCases projectId={projectId} cases={p.exceptions} quotes={quotes} />
            </li>
          ))}
        </ol>
      </section>
      {data.consequences.length > 0 && (
        <section className="panel" aria-labelledby="consequences-title">
          <h3 id="consequences-title">{t.theory.consequences}</h3>
          <DataTable
            columns={[
              { header: t.theory.category, cell: (c) => c.category_name },
              {
                header: t.theory.consequence,
                cell: (c) => (
                  <>
                    {c.statement}
                    <NegativeCases projectId={projectId} cases={c.exceptions} quotes={quotes} />
                  </>
                ),
              },
              { header: t.theory.type, cell: (c) => c.type },
              { header: t.theory.horizon, cell: (c) => c.horizon.replace('_', ' ') },
            ]}
            rows={data.consequences}
            rowKey={(_, i) => i}
          />
        </section>
      )}
      <section className="panel" aria-labelledby="paradigm-title">
        <h3 id="paradigm-title">{t.theory.paradigm.title}</h3>
        <ParadigmDiagram projectId={projectId} theory={data} />
        <details className="disclosure">
          <summary>{t.theory.paradigm.statements}</summary>
          <ParadigmClaims projectId={projectId} theory={data} quotes={quotes} />
        </details>
      </section>
      <section className="panel" aria-labelledby="network-title">
        <h3 id="network-title">{t.theory.network.title}</h3>
        <TheoryNetwork projectId={projectId} theory={data} />
        <NetworkTables theory={data} />
      </section>
      <section className="panel" aria-labelledby="saturation-title">
        <h3 id="saturation-title">{t.theory.saturation.title}</h3>
        <SaturationChart saturation={data.saturation} />
        {data.saturation.model_assessment && (
          <p className="prose">
            <strong>{t.theory.saturation.model(data.saturation.model_readiness)}</strong> {data.saturation.model_assessment}
          </p>
        )}
        <details className="disclosure">
          <summary>{t.theory.saturation.table}</summary>
          <DataTable
            columns={[
              { header: t.theory.saturation.interview, cell: (p) => p.interview_label },
              { header: t.theory.saturation.newCodes, numeric: true, cell: (p) => p.new_codes },
              { header: t.theory.saturation.cumulative, numeric: true, cell: (p) => p.cumulative_codes },
            ]}
            rows={data.saturation.curve}
            rowKey={(p) => p.interview_id}
            rowHeaders
          />
        </details>
      </section>
      {(data.gaps.length > 0 || data.sampling_plan.length > 0) && (
        <section className="panel" aria-labelledby="gaps-title">
          <h3 id="gaps-title">{t.theory.gaps}</h3>
          {data.gaps.length > 0 ? (
            <ul className="gaps">
              {[...data.gaps]
                .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
                .map((g, i) => (
                  <li key={i}>
                    <span className={`tag severity severity--${g.severity}`}>{t.theory.severity(g.severity)}</span>{' '}
                    {g.category_name ? <strong>{g.category_name}: </strong> : null}
                    {g.description}
                  </li>
                ))}
            </ul>
          ) : (
            <p className="muted">{t.theory.noGaps}</p>
          )}
          {data.sampling_plan.length > 0 && (
            <>
              <h4 className="subheading">{t.theory.sampling.title}</h4>
              <ol className="sampling">
                {data.sampling_plan.map((step, i) => (
                  <li key={i}>
                    <p>
                      <strong>{step.actor}</strong> — {step.focus}
                    </p>
                    {step.questions.length > 0 && (
                      <ul>
                        {step.questions.map((q, j) => (
                          <li key={j}>{q}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <ManifestPanel theory={data} />
      <ExportHistory projectId={projectId} version={exports} />
    </article>
  );
}

const SEVERITIES = ['high', 'medium', 'low'];

function severityRank(severity: string): number {
  const i = SEVERITIES.indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}
