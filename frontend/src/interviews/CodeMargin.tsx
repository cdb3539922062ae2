import type { Memo, SpanApplication } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { codeColor } from './codeColors';

interface CodeMarginProps {
  fragmentNumber: number;
  applications: readonly SpanApplication[];
  activeId: string | null;
  memos: ReadonlyMap<string, Memo[]>;
  mayCode: boolean;
  busy: boolean;
  onSelect(applicationId: string | null): void;
  onRemove(application: SpanApplication): void;
  onChangeCode(application: SpanApplication): void;
}

/**
 * The margin beside a fragment: one label per coded span, in its code's colour, in the order the spans start.
 * A label opens the application: code, coder, origin, confidence, quote and the memos about the code, with
 * "change code" and "remove" for those who may code.
 */
export function CodeMargin({ fragmentNumber, applications, activeId, memos, mayCode, busy, onSelect, onRemove, onChangeCode }: CodeMarginProps) {
  const { t } = useI18n();
  const active = applications.find((a) => a.id === activeId) ?? null;
  if (applications.length === 0) return null;
  return (
    <aside className="code-margin" aria-label={t.transcript.marginLabel(fragmentNumber)}>
      <ul className="code-margin__labels">
        {applications.map((a) => {
          const colour = codeColor(a.code_id, a.code_color);
          const noted = (memos.get(a.code_id)?.length ?? 0) > 0;
          return (
            <li key={a.id}>
              <button
                type="button"
                className={a.id === activeId ? 'code-label code-label--active' : 'code-label'}
                style={{ borderLeftColor: colour }}
                aria-expanded={a.id === activeId}
                aria-label={t.transcript.labelFor(a.code_label, a.quote, a.coder_name ?? '')}
                onClick={() => onSelect(a.id === activeId ? null : a.id)}
              >
                <span className="code-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
                <span className="code-label__text">{a.code_label}</span>
                {noted && (
                  <span className="code-label__memo" aria-hidden="true">
                    ✎
                  </span>
                )}
                <span className="code-label__coder">{initials(a.coder_name)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {active && (
        <div className="application-details" role="region" aria-label={t.transcript.detailsTitle(active.code_label)}>
          <p className="application-details__code">
            <span className="code-swatch" style={{ backgroundColor: codeColor(active.code_id, active.code_color) }} aria-hidden="true" />
            <strong>{active.code_label}</strong>
          </p>
          <dl className="application-details__facts">
            <dt>{t.transcript.detailsCoder}</dt>
            <dd>
              {active.coder_name ?? '—'}
              {active.coder_kind && <span className="muted"> · {t.transcript.coderKinds[active.coder_kind]}</span>}
            </dd>
            <dt>{t.transcript.detailsOrigin}</dt>
            <dd>{t.coding.origins[active.origin]}</dd>
            <dt>{t.transcript.detailsConfidence}</dt>
            <dd>{Math.round(active.confidence * 100)}%</dd>
            <dt>{t.transcript.detailsQuote}</dt>
            <dd className="application-details__quote">“{active.quote}”</dd>
          </dl>
          {(memos.get(active.code_id) ?? []).map((memo) => (
            <div key={memo.id} className="application-details__memo">
              <strong>{memo.title || t.coding.untitled}</strong>
              {memo.body && <p className="prose">{memo.body}</p>}
            </div>
          ))}
          {mayCode && (
            <div className="button-row">
              <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => onChangeCode(active)}>
                {t.transcript.changeCode}
              </button>
              <button type="button" className="button button--danger button--small" disabled={busy} onClick={() => onRemove(active)}>
                {t.transcript.removeApplication}
              </button>
            </div>
          )}
        </div>
      )}
    </aside>
  );
}

function initials(name: string | null): string {
  if (!name) return '?';
  const words = name.split(/[\s/:_-]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
