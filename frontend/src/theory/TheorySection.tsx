import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { EvidenceRef, ExportFormat, Theory } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { activeJob, isTerminal, useJob } from '../jobs/useJob';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';

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
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={running} onClick={() => void start()}>
          {t.theory.generate}
        </button>
      </div>
      {startError !== null && <ErrorNotice message={errorText(startError, t)} />}
      {job && <JobProgress title={t.theory.job} job={job} pollError={pollError} cancelError={cancelError} canceling={canceling} onCancel={() => void cancel()} />}
    </section>
  );
}

function TheoryView({ projectId, theoryId }: { projectId: string; theoryId: string }) {
  const { t } = useI18n();
  const [theory, reload] = useResource(`theory:${theoryId}`, (signal) => api.getTheory(projectId, theoryId, signal));
  if (theory.status === 'loading') return <Loading />;
  if (theory.status === 'error') return <ErrorNotice message={errorText(theory.error, t)} onRetry={reload} />;
  const data: Theory = theory.data;
  const v = data.validation;
  return (
    <article className="theory__view" aria-labelledby="theory-title">
      <header className="panel">
        <p className="panel__title">{t.theory.versionLabel(data.version)} · {data.generated_by}</p>
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
        {data.degraded && <p className="job__degraded">{t.jobs.degraded}</p>}
        <ExportButtons projectId={projectId} theoryId={data.id} />
      </header>
      <section className="panel" aria-labelledby="propositions-title">
        <h3 id="propositions-title">{t.theory.propositions}</h3>
        <ol className="propositions">
          {data.propositions.map((p) => (
            <li key={p.id}>
              <p>{p.text}</p>
              <Quotes projectId={projectId} evidence={p.evidence} />
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
                    <td>{c.statement}</td>
                    <td>{c.type}</td>
                    <td>{c.horizon.replace('_', ' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {data.gaps.length > 0 && (
        <section className="panel" aria-labelledby="gaps-title">
          <h3 id="gaps-title">{t.theory.gaps}</h3>
          <ul>
            {data.gaps.map((g, i) => (
              <li key={i}>
                <span className="tag tag--quiet">{g.severity}</span> {g.category_name ? <strong>{g.category_name}: </strong> : null}
                {g.description}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Quotes({ projectId, evidence }: { projectId: string; evidence: EvidenceRef[] }) {
  const { t } = useI18n();
  if (evidence.length === 0) return null;
  return (
    <ul className="quotes">
      {evidence.map((e, i) => (
        <li key={`${e.fragment_id}-${i}`}>
          <Link className="quote-link" href={paths.interview(projectId, e.interview_id, { fragment: e.fragment_id, quote: { start: e.start, end: e.end } })}>
            “{e.quote}”
          </Link>{' '}
          <span className="muted">— {e.interview_label}{e.speaker ? ` (${e.speaker})` : ''}</span>
          <span className="visually-hidden">{t.theory.openQuote}</span>
        </li>
      ))}
    </ul>
  );
}

const FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'xlsx', 'png'];

function ExportButtons({ projectId, theoryId }: { projectId: string; theoryId: string }) {
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
      const file = await api.downloadExport(projectId, exported.export_id);
      const href = URL.createObjectURL(file.blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = file.filename ?? exported.filename ?? `theory.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
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
