import { useEffect, useRef, useState } from 'react';
import type { Code, ReviewChange, ReviewItem } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { CodePicker } from './CodePicker';

type Editing = 'none' | 'code' | 'span';

/**
 * One machine application: its code, coder and confidence, the fragment with the quote marked, and the reviewer's
 * actions. Adjusting the span reads the words selected in the fragment text (or the offsets typed).
 */
export function ReviewCard({
  projectId,
  item,
  active,
  selected,
  canReview,
  codes,
  onActivate,
  onToggle,
  onReview,
}: {
  projectId: string;
  item: ReviewItem;
  active: boolean;
  selected: boolean;
  canReview: boolean;
  codes: readonly Code[];
  onActivate: () => void;
  onToggle: () => void;
  onReview: (change: ReviewChange) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>('none');
  const [span, setSpan] = useState({ start: item.quote_start, end: item.quote_end });
  const card = useRef<HTMLElement>(null);
  const text = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (active) card.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const shown = editing === 'span' ? span : { start: item.quote_start, end: item.quote_end };
  const valid = shown.start >= 0 && shown.end > shown.start && shown.end <= item.fragment_text.length;
  const before = valid ? item.fragment_text.slice(0, shown.start) : item.fragment_text;
  const quote = valid ? item.fragment_text.slice(shown.start, shown.end) : '';
  const after = valid ? item.fragment_text.slice(shown.end) : '';
  const decided = item.review_state !== 'pending';

  const readSelection = () => {
    if (editing !== 'span' || !text.current) return;
    const offsets = selectionOffsets(text.current);
    if (offsets) setSpan({ start: offsets[0], end: offsets[1] });
  };
  const saveSpan = async () => {
    const ok = await onReview({ quote_start: span.start, quote_end: span.end, quote: item.fragment_text.slice(span.start, span.end) });
    if (ok) setEditing('none');
  };
  const confidence = Math.round(item.confidence * 100);

  return (
    <article
      ref={card}
      className={`review-card${active ? ' review-card--active' : ''}${selected ? ' review-card--selected' : ''}`}
      aria-current={active ? 'true' : undefined}
      aria-label={`${item.code_label}: ${item.quote}`}
      onClick={onActivate}
    >
      <header className="review-card__head">
        {canReview && (
          <input
            type="checkbox"
            className="review-card__check"
            checked={selected}
            onChange={onToggle}
            onClick={(event) => event.stopPropagation()}
            aria-label={t.review.select(item.quote)}
          />
        )}
        <span className="code-chip" style={{ borderColor: item.code_color ?? undefined }}>
          <span className="code-swatch" style={{ background: item.code_color ?? 'var(--border, #ccc)' }} aria-hidden="true" />
          {item.code_label}
        </span>
        <span className="muted review-card__meta">
          {item.coder_name} · {t.review.confidence(confidence)}
        </span>
        <span className={`tag review-state review-state--${item.review_state}`}>{t.review.states[item.review_state]}</span>
      </header>
      <p ref={text} className={`review-card__text${editing === 'span' ? ' review-card__text--editing' : ''}`} onMouseUp={readSelection} onKeyUp={readSelection}>
        {before}
        {valid && (
          <mark style={item.code_color ? { background: `${item.code_color}40`, borderBottom: `2px solid ${item.code_color}` } : undefined}>{quote}</mark>
        )}
        {after}
      </p>
      <p className="review-card__source muted">
        {item.speaker ? `${item.speaker} — ` : ''}
        {t.review.fragment(item.participant, item.fragment_ordinal)} ·{' '}
        <Link href={paths.interview(projectId, item.interview_id, { fragment: item.fragment_id, quote: { start: item.quote_start, end: item.quote_end } })}>
          {t.review.openInTranscript}
        </Link>
      </p>
      {canReview && editing === 'none' && (
        <div className="button-row review-card__actions">
          {decided ? (
            <button type="button" className="button button--secondary button--small" onClick={() => void onReview({ state: 'pending' })}>
              {t.review.reopen}
            </button>
          ) : (
            <>
              <button type="button" className="button button--small" onClick={() => void onReview({ state: 'accepted' })}>
                {t.review.accept}
              </button>
              <button type="button" className="button button--danger-quiet button--small" onClick={() => void onReview({ state: 'rejected' })}>
                {t.review.reject}
              </button>
            </>
          )}
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing('code')}>
            {t.review.changeCode}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setSpan({ start: item.quote_start, end: item.quote_end });
              setEditing('span');
            }}
          >
            {t.review.adjustSpan}
          </button>
        </div>
      )}
      {editing === 'code' && (
        <CodePicker
          codes={codes}
          current={item.code_id}
          onCancel={() => setEditing('none')}
          onPick={(code) => void onReview({ code_id: code.id }).then((ok) => ok && setEditing('none'))}
        />
      )}
      {editing === 'span' && (
        <div className="span-editor" role="group" aria-label={t.review.adjustSpan}>
          <p className="field__hint">{t.review.spanHint}</p>
          <div className="span-editor__offsets">
            <label>
              {t.review.start}{' '}
              <input
                type="number"
                min={0}
                max={item.fragment_text.length}
                value={span.start}
                onChange={(e) => setSpan({ ...span, start: Number(e.target.value) })}
              />
            </label>
            <label>
              {t.review.end}{' '}
              <input
                type="number"
                min={1}
                max={item.fragment_text.length}
                value={span.end}
                onChange={(e) => setSpan({ ...span, end: Number(e.target.value) })}
              />
            </label>
          </div>
          <p className="span-editor__preview">
            {t.review.newQuote}: <q>{quote}</q>
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={() => void saveSpan()}>
              {t.review.saveSpan}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setEditing('none')}>
              {t.review.cancel}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}

/** The selection inside `root` as UTF-16 offsets into its text, or null when nothing (or something outside) is selected. */
export function selectionOffsets(root: HTMLElement): [number, number] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? [start, end] : null;
}
