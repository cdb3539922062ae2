import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Claim, EvidenceRef, ExportFormat, Theory, UnsupportedClaim } from '../api/types';
import { Link } from '../app/Link';
import { EvidenceClip, useRecordedInterviews } from '../interviews/EvidenceClip';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { activeJob, isTerminal, useJob } from '../jobs/useJob';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { saveFile } from '../ui/saveFile';
import { attribution } from './attribution';
import { sourceLabel } from './sourceLabels';
import { templateName, useDomainTemplates } from '../projects/templates';
import { ParadigmDiagram, SaturationChart } from './TheoryFigures';
import { TheoryNetwork } from './TheoryNetwork';
import { CoreChoice, NegativeCases, quotesByFragment } from './CoreChoice';
import { useCan, useMayCancel } from '../projects/role';

/** Generate a theory (resuming a run after a reload), read any saved version, export it. */
export function TheorySection({ projectId }: { projectId: string }) {
  const { t, formatDate } = useI18n();
  const [version, setVersion] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [history, reload] = useResource(`theories:${projectId}:${version}`, (signal) => api.listTheories(projectId, 0, 50, signal));
  const current = chosen ?? (history.status === 'ready' ? (history.data.items[0]?.id ?? null) : null);
  return (
    <div className="theory">
      <GeneratePanel
        projectId={projectId}
        onSaved={() => {
          setChosen(null);
          setVersion((n) => n + 1);
        }}
      />
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <ErrorNotice message={errorText(history.error, t)} onRetry={reload} />}
      {history.status === 'ready' && history.data.items.length === 0 && (
        <div className="empty-state empty-state--compact">
          <p>{t.theory.none}</p>
        </div>
      )}
      {history.status === 'ready' && history.data.items.length > 0 && (
        <div className="theory__layout">
          <nav className="panel theory__history" aria-labelledby="theory-history">
            <h2 id="theory-history" className="panel__title">
              {t.theory.history}
            </h2>
            <ol>
              {history.data.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="link-button" aria-current={item.id === current ? 'true' : undefined} onClick={() => setChosen(item.id)}>
                    {t.theory.versionLabel(item.version)}
                  </button>
                  <span className="muted"> · {formatDate(item.created_at)} · {item.central_category}</span>
                </li>
              ))}
            </ol>
          </nav>
          {current && <TheoryView key={current} projectId={projectId} theoryId={current} />}
        </div>
      )}
    </div>
  );
}

function GeneratePanel({ projectId, onSaved }: { projectId: string; onSaved(): void }) {
  const { t } = useI18n();
  const can = useCan();
  const mayCancel = useMayCancel();
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const { job, pollError, cancel, canceling, cancelError } = useJob(projectId, jobId);
  const saved = useRef(onSaved);
  saved.current = onSaved;
  useEffect(() => {
    const controller = new AbortController();
    activeJob(projectId, 'theory', controller.signal).then((active) => active && setJobId(active.task_id), () => undefined);
    return () => controller.abort();
  }, [projectId]);
  useEffect(() => {
    if (job?.status === 'completed') saved.current();
  }, [job?.status]);
  const running = job !== null && !isTerminal(job);
  const start = async () => {
    setStartError(null);
    try {
      setJobId((await api.generateTheory(projectId)).task_id);
    } catch (error) {
      setStartError(error);
    }
  };
  return (
    <section className="panel" aria-labelledby="generate-title">
      <h2 id="generate-title" className="panel__title">
        {t.theory.generateTitle}
      </h2>
      <p className="muted">{t.theory.generateLead}</p>
      {can('coder') && (
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={running} onClick={() => void start()}>
            {t.theory.generate}
          </button>
        </div>
      )}
      {startError !== null && <ErrorNotice message={errorText(startError, t)} />}
      {job && (
        <JobProgress
          title={t.theory.job}
          job={job}
          pollError={pollError}
          cancelError={cancelError}
          canceling={canceling}
          {...(mayCancel(job) ? { onCancel: () => void cancel() } : {})}
        />
      )}
    </section>
  );
}

function TheoryView({ projectId, theoryId }: { projectId: string; theoryId: string }) {
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
        <p className="panel__title">{t.theory.versionLabel(data.version)} · {sourceLabel(t, data.generated_by)}</p>
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
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.theory.category}</th>
                  <th scope="col">{t.theory.consequence}</th>
                  <th scope="col">{t.theory.type}</th>
                  <th scope="col">{t.theory.horizon}</th>
                </tr>
              </thead>
              <tbody>
                {data.consequences.map((c, i) => (
                  <tr key={i}>
                    <td>{c.category_name}</td>
                    <td>
                      {c.statement}
                      <NegativeCases projectId={projectId} cases={c.exceptions} quotes={quotes} />
                    </td>
                    <td>{c.type}</td>
                    <td>{c.horizon.replace('_', ' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.theory.saturation.interview}</th>
                  <th scope="col" className="numeric">{t.theory.saturation.newCodes}</th>
                  <th scope="col" className="numeric">{t.theory.saturation.cumulative}</th>
                </tr>
              </thead>
              <tbody>
                {data.saturation.curve.map((p) => (
                  <tr key={p.interview_id}>
                    <th scope="row">{p.interview_label}</th>
                    <td className="numeric">{p.new_codes}</td>
                    <td className="numeric">{p.cumulative_codes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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

/** Claims the verification left out because no verified quote backs them: listed, never shown as part of the theory. */
function UnsupportedClaims({ claims }: { claims: UnsupportedClaim[] }) {
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

function ParadigmClaims({ projectId, theory, quotes }: { projectId: string; theory: Theory; quotes: Map<string, EvidenceRef> }) {
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

function NetworkTables({ theory }: { theory: Theory }) {
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
              <th scope="col" className="numeric">{t.theory.network.codes}</th>
              <th scope="col" className="numeric">{t.theory.network.fragments}</th>
              <th scope="col" className="numeric">{t.theory.network.interviews}</th>
              <th scope="col" className="numeric">{t.theory.network.degree}</th>
              <th scope="col" className="numeric">{t.theory.network.weighted}</th>
              <th scope="col" className="numeric">PageRank</th>
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
                <th scope="col" className="numeric">{t.theory.network.shared}</th>
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

function ManifestPanel({ theory }: { theory: Theory }) {
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
        <dd>
          {m.provider === m.access ? sourceLabel(t, m.provider) : `${sourceLabel(t, m.provider)} · ${sourceLabel(t, m.access)}`}
        </dd>
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
                <th scope="col" className="numeric">{t.theory.manifest.tokensIn}</th>
                <th scope="col" className="numeric">{t.theory.manifest.tokensOut}</th>
                <th scope="col" className="numeric">{t.theory.manifest.requests}</th>
                <th scope="col" className="numeric">{t.theory.manifest.time}</th>
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
                  <th scope="col" className="numeric">{t.theory.manifest.applications}</th>
                  <th scope="col" className="numeric">{t.theory.manifest.tokensBefore}</th>
                  <th scope="col" className="numeric">{t.theory.manifest.tokensAfter}</th>
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

function Quotes({ projectId, evidence }: { projectId: string; evidence: EvidenceRef[] }) {
  const { t } = useI18n();
  const recorded = useRecordedInterviews(projectId);
  if (evidence.length === 0) return null;
  return (
    <ul className="quotes">
      {evidence.map((e, i) => (
        <li key={`${e.fragment_id}-${i}`}>
          <Link className="quote-link" href={paths.interview(projectId, e.interview_id, { fragment: e.fragment_id, quote: { start: e.start, end: e.end } })}>
            “{e.quote}”
          </Link>{' '}
          <span className="muted">— {attribution(e.interview_label, e.speaker)}</span>{' '}
          <EvidenceClip fragmentId={e.fragment_id} label={e.interview_label} hasRecording={recorded.has(e.interview_id)} />
          <span className="visually-hidden">{t.theory.openQuote}</span>
        </li>
      ))}
    </ul>
  );
}

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'pptx', 'xlsx', 'png'];

function ExportButtons({ projectId, theoryId, onExported }: { projectId: string; theoryId: string; onExported(): void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      let exported = await api.exportTheory(projectId, theoryId, format);
      while (exported.status === 'pending') {
        await new Promise((resolve) => window.setTimeout(resolve, Math.min(5, Math.max(1, exported.next_poll_seconds ?? 2)) * 1000));
        exported = await api.getExport(projectId, exported.export_id);
      }
      if (exported.status === 'failed') throw new Error(exported.error ?? t.jobs.failedWithoutReason);
      saveFile(await api.downloadExport(projectId, exported.export_id), exported.filename ?? `theory.${format}`);
      onExported();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="exports">
      <div className="button-row" role="group" aria-label={t.theory.export}>
        {FORMATS.map((format) => (
          <button key={format} type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? t.theory.exporting : t.theory.exportAs(format.toUpperCase())}
          </button>
        ))}
      </div>
      {failure && <ErrorNotice message={failure} />}
    </div>
  );
}

/** Every theory export of the project, newest first, each ready file downloadable again. */
function ExportHistory({ projectId, version }: { projectId: string; version: number }) {
  const { t, formatDate } = useI18n();
  const [exports, reload] = useResource(`exports:${projectId}:${version}`, (signal) => api.listExports(projectId, signal));
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fetchFile = async (exportId: string, name: string) => {
    setBusy(exportId);
    setFailure(null);
    try {
      saveFile(await api.downloadExport(projectId, exportId), name);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel" aria-labelledby="export-history-title">
      <h3 id="export-history-title">{t.theory.history_exports.title}</h3>
      {exports.status === 'loading' && <Loading />}
      {exports.status === 'error' && <ErrorNotice message={errorText(exports.error, t)} onRetry={reload} />}
      {exports.status === 'ready' && exports.data.length === 0 && <p className="muted">{t.theory.history_exports.none}</p>}
      {exports.status === 'ready' && exports.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.theory.history_exports.file}</th>
                <th scope="col">{t.theory.history_exports.version}</th>
                <th scope="col">{t.theory.history_exports.created}</th>
                <th scope="col">{t.theory.history_exports.status}</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t.theory.history_exports.download}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {exports.data.map((e) => {
                const name = e.filename ?? `theory.${e.format}`;
                return (
                  <tr key={e.export_id}>
                    <th scope="row">
                      {name}
                      {e.size_bytes !== null && <span className="muted"> · {t.theory.history_exports.size(e.size_bytes)}</span>}
                    </th>
                    <td>{t.theory.versionLabel(e.theory_version)}</td>
                    <td>{formatDate(e.created_at)}</td>
                    <td>{e.status === 'failed' ? `${t.theory.history_exports.states.failed}: ${e.error ?? ''}` : t.theory.history_exports.states[e.status]}</td>
                    <td className="actions">
                      {e.status === 'ready' && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          disabled={busy !== null}
                          aria-label={t.theory.history_exports.downloadLabel(name)}
                          onClick={() => void fetchFile(e.export_id, name)}
                        >
                          {busy === e.export_id ? t.theory.exporting : t.theory.history_exports.download}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {failure && <ErrorNotice message={failure} />}
    </section>
  );
}
