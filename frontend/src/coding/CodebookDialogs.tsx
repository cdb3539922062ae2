import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category, Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useCodebookChange } from './useCodebookChange';

/** What a code's action menu can open: an inline rename, or one of the dialogs below. */
export type CodeAction = 'rename' | 'criteria' | 'merge' | 'move' | 'delete';

/** Renames a code in place: Enter saves, Escape cancels. */
export function RenameForm({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState(code.label);
  const { busy, failure, setFailure, run } = useCodebookChange(onDone);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) {
      setFailure(t.validation.required);
      return;
    }
    await run(() => api.updateCode(code.id, { label: label.trim() }));
  };
  return (
    <form className="inline-form" onSubmit={save}>
      <label htmlFor={`rename-${code.id}`} className="visually-hidden">
        {t.coding.newLabel}
      </label>
      <input
        id={`rename-${code.id}`}
        value={label}
        maxLength={200}
        autoFocus
        aria-invalid={failure ? true : undefined}
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone(false)}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t.coding.save}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => onDone(false)}>
        {t.form.cancel}
      </button>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}

/** Merges one code into another code of the project. */
export function MergeDialog({ code, candidates, onDone }: { code: Code; candidates: Code[]; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const others = candidates.filter((c) => c.id !== code.id);
  const [into, setInto] = useState(others[0]?.id ?? '');
  const { busy, failure, run } = useCodebookChange(onDone);
  const merge = () => run(() => api.mergeCode(code.id, { into_code_id: into }));
  return (
    <ConfirmDialog
      title={t.coding.mergeTitle(code.label)}
      confirmLabel={busy ? t.coding.merging : t.coding.mergeConfirm}
      cancelLabel={t.form.cancel}
      busy={busy || !into}
      onConfirm={() => void merge()}
      onCancel={() => onDone(false)}
      tone="primary"
    >
      <p>{t.coding.mergeBody}</p>
      <label className="field">
        <span className="field__label">{t.coding.mergeInto}</span>
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

export function DeleteCodeDialog({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const { busy, failure, run } = useCodebookChange(onDone);
  const remove = () => run(() => api.deleteCode(code.id));
  return (
    <ConfirmDialog
      title={t.coding.deleteTitle}
      confirmLabel={busy ? t.interviews.deleting : t.coding.deleteConfirm}
      cancelLabel={t.coding.keep}
      busy={busy}
      onConfirm={() => void remove()}
      onCancel={() => onDone(false)}
    >
      <p>{t.coding.deleteBody(code.label, code.application_count)}</p>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

/** A code's definition, inclusion and exclusion criteria and anchor quotes (one per line), as a codebook states them. */
export function CriteriaDialog({ code, onDone }: { code: Code; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [definition, setDefinition] = useState(code.definition ?? '');
  const [inclusion, setInclusion] = useState(code.inclusion_criteria);
  const [exclusion, setExclusion] = useState(code.exclusion_criteria);
  const [examples, setExamples] = useState(code.examples.join('\n'));
  const { busy, failure, run } = useCodebookChange(onDone);
  const save = () =>
    run(() =>
      api.updateCode(code.id, {
        definition: definition.trim(),
        inclusion_criteria: inclusion.trim(),
        exclusion_criteria: exclusion.trim(),
        examples: examples
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      }),
    );
  return (
    <ConfirmDialog
      title={t.coding.criteriaTitle(code.label)}
      confirmLabel={busy ? t.coding.saving : t.coding.save}
      cancelLabel={t.form.cancel}
      busy={busy}
      onConfirm={() => void save()}
      onCancel={() => onDone(false)}
      tone="primary"
    >
      <label className="field">
        <span className="field__label">{t.coding.definition}</span>
        <textarea value={definition} maxLength={5000} rows={3} onChange={(e) => setDefinition(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.inclusionCriteria}</span>
        <textarea value={inclusion} maxLength={5000} rows={3} onChange={(e) => setInclusion(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.exclusionCriteria}</span>
        <textarea value={exclusion} maxLength={5000} rows={3} onChange={(e) => setExclusion(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t.coding.examplesOnePerLine}</span>
        <textarea value={examples} rows={4} onChange={(e) => setExamples(e.target.value)} />
      </label>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

/** Moves a code to a category, from the keyboard (the tree also takes a dragged code). */
export function MoveDialog({ code, categories, onDone }: { code: Code; categories: Category[]; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const others = categories.filter((c) => c.id !== code.category_id);
  const [to, setTo] = useState(others[0]?.id ?? '');
  const { busy, failure, run } = useCodebookChange(onDone);
  const move = () => run(() => api.moveCodes(to, [code.id]));
  return (
    <ConfirmDialog
      title={t.coding.tree.moveTitle(code.label)}
      confirmLabel={t.coding.tree.moveConfirm}
      cancelLabel={t.form.cancel}
      busy={busy || !to}
      onConfirm={() => void move()}
      onCancel={() => onDone(false)}
      tone="primary"
    >
      <label className="field">
        <span className="field__label">{t.coding.category}</span>
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}

/** Merges the selected codes into the one the researcher keeps, one merge call per other code. */
export function BulkMergeDialog({ codes, onDone }: { codes: Code[]; onDone(merged: { into: Code; count: number } | null, changed: boolean): void }) {
  const { t } = useI18n();
  const [into, setInto] = useState(codes[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Codes already merged when a later merge failed: closing the dialog must still reload the codebook.
  const [mergedSoFar, setMergedSoFar] = useState<string[]>([]);
  const merge = async () => {
    setBusy(true);
    setFailure(null);
    const target = codes.find((c) => c.id === into)!;
    const done = [...mergedSoFar];
    try {
      for (const code of codes) {
        if (code.id === into || done.includes(code.id)) continue;
        await api.mergeCode(code.id, { into_code_id: into });
        done.push(code.id);
      }
      onDone({ into: target, count: done.length }, true);
    } catch (error) {
      setMergedSoFar(done);
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t.coding.tree.bulkMergeTitle(codes.length)}
      confirmLabel={busy ? t.coding.merging : t.coding.mergeConfirm}
      cancelLabel={t.form.cancel}
      busy={busy || !into}
      onConfirm={() => void merge()}
      onCancel={() => onDone(null, mergedSoFar.length > 0)}
      tone="primary"
    >
      <p>{t.coding.tree.bulkMergeBody}</p>
      <fieldset className="field">
        <legend className="field__label">{t.coding.tree.bulkMergeInto}</legend>
        {codes.map((c) => (
          <label key={c.id} className="radio">
            <input type="radio" name="bulk-merge-into" value={c.id} checked={into === c.id} onChange={() => setInto(c.id)} /> {c.label}{' '}
            <span className="muted">({c.application_count})</span>
          </label>
        ))}
      </fieldset>
      {failure && <ErrorNotice message={failure} />}
    </ConfirmDialog>
  );
}
