import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { codeColor } from './codeColors';

const RECENT_MAX = 6;
const SHOWN_MAX = 8;

/** What the researcher picked: an existing code, or a new one by its label. */
export type Pick = { code: Code } | { label: string };

interface CodePickerProps {
  projectId: string;
  /** The words being coded, shown so the researcher sees what the code goes on. */
  quote: string;
  codes: readonly Code[];
  busy: boolean;
  failure: string | null;
  title: string;
  onPick(pick: Pick): void;
  onCancel(): void;
}

/**
 * The code picker: type to search the codebook (ignoring case and accents), the recently used codes when nothing
 * is typed, and "new code" for a label the codebook lacks. Nothing is pre-selected until the researcher types;
 * then Enter takes the first match. Arrow keys move, Esc closes.
 */
export function CodePicker({ projectId, quote, codes, busy, failure, title, onPick, onCancel }: CodePickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const recent = useMemo(() => recentCodes(projectId, codes), [projectId, codes]);
  const typed = query.trim();
  const matches = useMemo(() => (typed ? search(codes, typed) : []), [codes, typed]);
  const exact = typed !== '' && codes.some((c) => fold(c.label) === fold(typed));
  const options: Pick[] = typed ? [...matches.map((code) => ({ code })), ...(exact ? [] : [{ label: typed }])] : recent.map((code) => ({ code }));
  const current = typed && active < 0 ? 0 : active;
  const choose = (pick: Pick | undefined) => {
    if (!pick || busy) return;
    if ('code' in pick) rememberCode(projectId, pick.code.id);
    onPick(pick);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(options.length - 1, current + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(0, current - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current >= 0 ? options[current] : undefined);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="code-picker" role="dialog" aria-label={title}>
      <p className="code-picker__quote">
        <span className="muted">{t.transcript.applyQuote}</span> “{quote}”
      </p>
      <input
        className="code-picker__search"
        role="combobox"
        aria-label={t.transcript.pickerSearch}
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 && options[current] ? `${id}-o${current}` : undefined}
        placeholder={t.transcript.pickerPlaceholder(codes.length)}
        value={query}
        maxLength={200}
        autoFocus
        disabled={busy}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {!typed && recent.length > 0 && <p className="code-picker__heading muted">{t.transcript.pickerRecent}</p>}
      {!typed && recent.length === 0 && <p className="code-picker__heading muted">{t.transcript.pickerTypeHint}</p>}
      <ul className="code-picker__list" id={`${id}-list`} role="listbox" aria-label={t.transcript.pickerCodes}>
        {options.map((pick, i) => (
          <li
            key={'code' in pick ? pick.code.id : `new:${pick.label}`}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'code-picker__option code-picker__option--active' : 'code-picker__option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(pick)}
          >
            {'code' in pick ? (
              <>
                <span className="code-swatch" style={{ backgroundColor: codeColor(pick.code.id, pick.code.color) }} aria-hidden="true" />
                <span className="code-picker__label">{pick.code.label}</span>
                {pick.code.category_name && <span className="code-picker__category muted">{pick.code.category_name}</span>}
              </>
            ) : (
              <span className="code-picker__new">{t.transcript.pickerNew(pick.label)}</span>
            )}
          </li>
        ))}
      </ul>
      {typed && matches.length === 0 && exact === false && <p className="muted code-picker__none">{t.transcript.pickerNoMatch}</p>}
      <div className="button-row">
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {t.form.cancel}
        </button>
        {busy && <span className="muted">{t.form.saving}</span>}
      </div>
      {failure && <ErrorNotice message={failure} />}
    </div>
  );
}

/** Lower case without accents, so "nino" finds "niño". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Codes whose label (or definition) contains the query: label prefixes first, then label matches, then definitions. */
export function search(codes: readonly Code[], query: string): Code[] {
  const q = fold(query);
  const scored: { code: Code; rank: number }[] = [];
  for (const code of codes) {
    const label = fold(code.label);
    const rank = label.startsWith(q) ? 0 : label.includes(q) ? 1 : code.definition && fold(code.definition).includes(q) ? 2 : -1;
    if (rank >= 0) scored.push({ code, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.code.label.localeCompare(b.code.label));
  return scored.slice(0, SHOWN_MAX).map((s) => s.code);
}

function storageKey(projectId: string): string {
  return `theogen.recent-codes.${projectId}`;
}

/** The codes this browser applied last in the project, most recent first, that still exist. */
export function recentCodes(projectId: string, codes: readonly Code[]): Code[] {
  let ids: unknown = [];
  try {
    ids = JSON.parse(window.localStorage.getItem(storageKey(projectId)) ?? '[]');
  } catch {
    ids = [];
  }
  if (!Array.isArray(ids)) return [];
  const byId = new Map(codes.map((c) => [c.id, c]));
  return ids.flatMap((codeId) => {
    const code = typeof codeId === 'string' ? byId.get(codeId) : undefined;
    return code ? [code] : [];
  });
}

export function rememberCode(projectId: string, codeId: string): void {
  try {
    const now = JSON.parse(window.localStorage.getItem(storageKey(projectId)) ?? '[]') as unknown;
    const list = Array.isArray(now) ? now.filter((x): x is string => typeof x === 'string' && x !== codeId) : [];
    window.localStorage.setItem(storageKey(projectId), JSON.stringify([codeId, ...list].slice(0, RECENT_MAX)));
  } catch {
    // storage full or disabled: the picker still works, without recent codes
  }
}
