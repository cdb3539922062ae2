import { useState, type FormEvent } from 'react';
import type { Code, SearchHit } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { applyToHits, type HitOutcome } from './bulkApply';

const NEW = '__new__';

/** A code as the search shows it: a chip (label and colour) and an entry of the code picker. */
export type CodeChoice = Pick<Code, 'id' | 'label' | 'color'>;

interface BulkCodeBarProps {
  codes: CodeChoice[];
  hits: SearchHit[];
  onApplied(outcomes: Map<string, HitOutcome>, created: CodeChoice | null): void;
}

/** Picks a code (type to narrow the list, or name a new one) and applies it to the selected hits. */
export function BulkCodeBar({ codes, hits, onApplied }: BulkCodeBarProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const [choice, setChoice] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = codes.filter((c) => !needle || c.label.toLowerCase().includes(needle)).sort((a, b) => a.label.localeCompare(b.label));
  const selected = shown.some((c) => c.id === choice) || choice === NEW ? choice : (shown[0]?.id ?? NEW);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (selected === NEW && !label.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setSummary(null);
    const name = selected === NEW ? label.trim() : (codes.find((c) => c.id === selected)?.label ?? '');
    const outcomes = await applyToHits(hits, selected === NEW ? { label: name } : { codeId: selected });
    const counts = { applied: 0, already: 0, failed: 0 };
    let created: CodeChoice | null = null;
    for (const outcome of outcomes.values()) {
      counts[outcome.status] += 1;
      if (selected === NEW && outcome.status === 'applied' && !created) {
        const id = outcome.application.code_id;
        created = { id, label: name, color: null };
      }
    }
    setSummary(t.search.bulkSummary(name, counts.applied, counts.already, counts.failed));
    setBusy(false);
    if (created) {
      setChoice(created.id);
      setFilter('');
    }
    onApplied(outcomes, created);
  };
  return (
    <form className="search-bulk__form" onSubmit={(event) => void submit(event)} noValidate aria-label={t.search.bulkTitle}>
      <Field label={t.search.codeFilter}>{(control) => <input {...control} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />}</Field>
      <Field label={t.search.bulkCode}>
        {(control) => (
          <select {...control} value={selected} onChange={(e) => setChoice(e.target.value)}>
            {shown.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
            <option value={NEW}>{t.transcript.applyNew}</option>
          </select>
        )}
      </Field>
      {selected === NEW && (
        <Field label={t.transcript.applyLabel} error={missing ? t.validation.required : undefined} required>
          {(control) => (
            <input
              {...control}
              value={label}
              maxLength={200}
              onChange={(e) => {
                setMissing(false);
                setLabel(e.target.value);
              }}
            />
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={busy || hits.length === 0}>
          {busy ? t.form.saving : t.search.bulkApply(hits.length)}
        </button>
      </div>
      {summary && (
        <p className="search-bulk__summary" role="status">
          {summary}
        </p>
      )}
    </form>
  );
}
