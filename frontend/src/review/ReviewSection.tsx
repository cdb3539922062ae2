import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Code, Coder, ReviewChange, ReviewFilter, ReviewQueue, ReviewState } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { useCan } from '../projects/role';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { CodePicker } from './CodePicker';
import { ReviewCard } from './ReviewCard';

const PAGE = 25;
const STATES: readonly (ReviewState | 'all')[] = ['pending', 'accepted', 'rejected', 'all'];

/**
 * The review queue for machine coding: a model's or the offline analyst's applications, one by one with the
 * keyboard (j/k move, a accepts, r rejects, x selects) or several at once.
 */
export function ReviewSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const can = useCan();
  const canReview = can('coder');
  const [filter, setFilter] = useState<ReviewFilter>({ state: 'pending', page: 0, size: PAGE });
  const [version, setVersion] = useState(0);
  const [queue, reload] = useResource(`review:${projectId}:${JSON.stringify(filter)}:${version}`, (signal) => api.listReview(projectId, filter, signal));
  const [coders] = useResource(`coders:${projectId}:${version}`, (signal) => api.listCoders(projectId, signal));
  const [codes] = useResource(`review-codes:${projectId}:${version}`, (signal) => api.listCodes(projectId, { sort: 'label', page: 0, size: 500 }, signal));
  // While the queue reloads after a review, the last answer stays on screen so the list does not jump.
  const last = useRef<ReviewQueue | null>(null);
  if (queue.status === 'ready') last.current = queue.data;
  const shown = queue.status === 'ready' ? queue.data : last.current;
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const items = shown?.items ?? [];
  const current = items[Math.min(active, items.length - 1)];
  const machineCoders: Coder[] = coders.status === 'ready' ? coders.data.filter((c) => c.kind === 'ai' || c.kind === 'offline') : [];
  const codeList: Code[] = codes.status === 'ready' ? codes.data.items : [];

  const refresh = () => setVersion((v) => v + 1);
  const change = (next: Partial<ReviewFilter>) => {
    setFilter((f) => ({ ...f, page: 0, ...next }));
    setActive(0);
    setSelected(new Set());
  };
  const review = async (id: string, body: ReviewChange): Promise<boolean> => {
    setFailure(null);
    try {
      await api.reviewApplication(id, body);
      setStatus(body.state === 'rejected' ? t.review.rejected : t.review.accepted);
      setSelected((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
      refresh();
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    }
  };
  const [bulkPicking, setBulkPicking] = useState(false);
  const reviewSelected = async (state: ReviewState, codeId?: string) => {
    setFailure(null);
    setBulkPicking(false);
    try {
      const outcome = await api.reviewApplications(projectId, { application_ids: [...selected], state, ...(codeId ? { code_id: codeId } : {}) });
      setStatus(t.review.bulkDone(outcome.updated));
      setSelected(new Set());
      refresh();
    } catch (error) {
      setFailure(error);
    }
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // The page's keys, unless the user is typing in a control or holds a modifier.
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  keys.current = (event) => {
    const target = event.target as HTMLElement | null;
    if (event.ctrlKey || event.metaKey || event.altKey || !target || target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (items.length === 0) return;
    if (event.key === 'j') setActive((i) => Math.min(i + 1, items.length - 1));
    else if (event.key === 'k') setActive((i) => Math.max(i - 1, 0));
    else if (current && canReview && event.key === 'a') void review(current.id, { state: 'accepted' });
    else if (current && canReview && event.key === 'r') void review(current.id, { state: 'rejected' });
    else if (current && canReview && event.key === 'x') toggle(current.id);
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const counts = shown?.counts;
  const nothingAtAll = counts && counts.pending + counts.accepted + counts.rejected === 0 && !filter.coder && !filter.code;

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">{t.review.title}</h2>
      <p className="muted">{t.review.lead}</p>
      <div className="panel review-filters">
        <label className="field">
          <span className="field__label">{t.review.state}</span>
          <select value={filter.state} onChange={(e) => change({ state: e.target.value as ReviewFilter['state'] })}>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t.review.states[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t.review.coder}</span>
          <select value={filter.coder ?? ''} onChange={(e) => change(e.target.value ? { coder: e.target.value } : { coder: undefined })}>
            <option value="">{t.review.anyCoder}</option>
            {machineCoders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.display_name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t.review.code}</span>
          <select value={filter.code ?? ''} onChange={(e) => change(e.target.value ? { code: e.target.value } : { code: undefined })}>
            <option value="">{t.review.anyCode}</option>
            {codeList.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <p className="review-filters__agreement">
          <Link href={paths.agreement(projectId, null, filter.coder ?? null)}>{t.review.toAgreement}</Link>
        </p>
      </div>
      {counts && (
        <dl className="review-counts" aria-label={t.review.counts(counts.pending, counts.accepted, counts.rejected)}>
          <div>
            <dt>{t.review.pendingCount}</dt>
            <dd data-testid="count-pending">{counts.pending}</dd>
          </div>
          <div>
            <dt>{t.review.acceptedCount}</dt>
            <dd data-testid="count-accepted">{counts.accepted}</dd>
          </div>
          <div>
            <dt>{t.review.rejectedCount}</dt>
            <dd data-testid="count-rejected">{counts.rejected}</dd>
          </div>
        </dl>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {!canReview && <p className="muted">{t.review.viewerOnly}</p>}
      {canReview && items.length > 0 && <p className="field__hint">{t.review.keys}</p>}
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {canReview && items.length > 0 && (
        <div className="review-bulk button-row" role="group" aria-label={t.review.selected(selected.size)}>
          <span>{t.review.selected(selected.size)}</span>
          <button type="button" className="button button--secondary button--small" onClick={() => setSelected(new Set(items.map((i) => i.id)))}>
            {t.review.selectPage}
          </button>
          <button type="button" className="button button--small" disabled={selected.size === 0} onClick={() => void reviewSelected('accepted')}>
            {t.review.acceptSelected}
          </button>
          <button
            type="button"
            className="button button--danger-quiet button--small"
            disabled={selected.size === 0}
            onClick={() => void reviewSelected('rejected')}
          >
            {t.review.rejectSelected}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={selected.size === 0}
            aria-expanded={bulkPicking}
            onClick={() => setBulkPicking((open) => !open)}
          >
            {t.review.changeSelected}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
            {t.review.clearSelection}
          </button>
        </div>
      )}
      {canReview && bulkPicking && selected.size > 0 && (
        <CodePicker codes={codeList} current="" onPick={(code) => void reviewSelected('accepted', code.id)} onCancel={() => setBulkPicking(false)} />
      )}
      {!shown && queue.status === 'loading' && <Loading />}
      {queue.status === 'error' && <ErrorNotice message={errorText(queue.error, t)} onRetry={reload} />}
      {shown && nothingAtAll && (
        <div className="empty-state">
          <p>{t.review.noMachine}</p>
          <Link className="button button--secondary" href={paths.project(projectId, 'coding')}>
            {t.review.toCoding}
          </Link>
        </div>
      )}
      {shown && !nothingAtAll && items.length === 0 && <p className="muted">{t.review.empty}</p>}
      {items.length > 0 && (
        <div className="review-queue" role="region" aria-label={t.review.queueLabel}>
          {items.map((item, i) => (
            <ReviewCard
              key={`${item.id}:${item.code_id}:${item.quote_start}:${item.quote_end}:${item.review_state}`}
              projectId={projectId}
              item={item}
              active={item === current}
              selected={selected.has(item.id)}
              canReview={canReview}
              codes={codeList}
              onActivate={() => setActive(i)}
              onToggle={() => toggle(item.id)}
              onReview={(body) => review(item.id, body)}
            />
          ))}
        </div>
      )}
      {shown && shown.total_pages > 1 && (
        <nav className="pagination" aria-label={t.review.queueLabel}>
          <button type="button" className="button button--secondary" disabled={filter.page === 0} onClick={() => change({ page: filter.page - 1 })}>
            ← {t.app.previous}
          </button>
          <span className="pagination__status">{t.app.pageOf(filter.page + 1, shown.total_pages)}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={filter.page + 1 >= shown.total_pages}
            onClick={() => change({ page: filter.page + 1 })}
          >
            {t.app.next} →
          </button>
        </nav>
      )}
    </section>
  );
}
