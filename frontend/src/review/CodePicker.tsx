import { useState } from 'react';
import type { Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

const SHOWN = 8;

/** Picks a code by typing part of its label or definition; Enter takes the first match. */
export function CodePicker({
  codes,
  current,
  onPick,
  onCancel,
}: {
  codes: readonly Code[];
  current: string;
  onPick: (code: Code) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const matches = codes
    .filter((c) => c.id !== current)
    .filter((c) => !needle || c.label.toLowerCase().includes(needle) || (c.definition ?? '').toLowerCase().includes(needle))
    .slice(0, SHOWN);
  return (
    <div className="code-picker" role="group" aria-label={t.review.pickCode}>
      <label className="field__label" htmlFor="review-code-search">
        {t.review.searchCodes}
      </label>
      <input
        id="review-code-search"
        type="search"
        autoFocus
        autoComplete="off"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && matches[0]) {
            event.preventDefault();
            onPick(matches[0]);
          } else if (event.key === 'Escape') {
            onCancel();
          }
        }}
      />
      {matches.length === 0 ? (
        <p className="muted">{t.review.noCodeMatch}</p>
      ) : (
        <ul className="code-picker__list">
          {matches.map((c) => (
            <li key={c.id}>
              <button type="button" className="code-picker__option" onClick={() => onPick(c)}>
                <span className="code-swatch" style={{ background: c.color ?? 'var(--border, #ccc)' }} aria-hidden="true" />
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onCancel}>
        {t.review.cancel}
      </button>
    </div>
  );
}
