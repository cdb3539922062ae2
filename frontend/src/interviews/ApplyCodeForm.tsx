import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Application, Fragment, TextSpan } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';

const NEW = '__new__';

/**
 * The span of `element`'s text that the user has selected, as offsets within that text, trimmed of surrounding
 * whitespace; null when nothing inside `element` is selected.
 */
export function selectedSpan(element: HTMLElement | null): TextSpan | null {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const text = element.textContent ?? '';
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

interface ApplyCodeFormProps {
  projectId: string;
  fragment: Fragment;
  span: TextSpan;
  onApplied(application: Application, label: string): void;
  onCancel(): void;
}

/** Applies an existing code, or a new one by its label, to a span of one fragment. */
export function ApplyCodeForm({ projectId, fragment, span, onApplied, onCancel }: ApplyCodeFormProps) {
  const { t } = useI18n();
  const [codes, reload] = useResource(`apply-codes:${projectId}`, (signal) => api.listCodes(projectId, { sort: 'label', page: 0, size: 500 }, signal));
  const [choice, setChoice] = useState('');
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const existing = codes.status === 'ready' ? codes.data.items : [];
  const selected = choice === '' ? (existing.length > 0 ? existing[0]!.id : NEW) : choice;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (selected === NEW && !label.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const application = await api.applyCode(fragment.id, {
        ...(selected === NEW ? { label: label.trim() } : { code_id: selected }),
        quote_start: span.start,
        quote_end: span.end,
      });
      onApplied(application, selected === NEW ? label.trim() : (existing.find((c) => c.id === selected)?.label ?? ''));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };
  return (
    <form className="apply-code" onSubmit={(event) => void submit(event)} noValidate aria-label={t.transcript.applyTitle}>
      <p className="apply-code__quote">
        <span className="muted">{t.transcript.applyQuote}</span> “{fragment.text.slice(span.start, span.end)}”
      </p>
      {codes.status === 'loading' && <Loading />}
      {codes.status === 'error' && <ErrorNotice message={errorText(codes.error, t)} onRetry={reload} />}
      {codes.status === 'ready' && (
        <div className="apply-code__fields">
          <Field label={t.transcript.applyCode}>
            {(control) => (
              <select {...control} value={selected} autoFocus onChange={(e) => setChoice(e.target.value)}>
                {existing.map((c) => (
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
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={busy || codes.status !== 'ready'}>
          {busy ? t.form.saving : t.transcript.apply}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
    </form>
  );
}
