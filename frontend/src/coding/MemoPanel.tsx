import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Memo } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';
import { useCan } from '../projects/role';
import { MemoDraftStatus, useMemoDraft, useModelReady } from './useMemoDraft';

/**
 * The project's analytic memos: newest first, written here, optionally about the selected code, each with its author
 * (a person, or the model that drafted it). With `onlyCode`, only the memos about that code, and a new memo is always
 * about it. Where a model is configured, a coder may have the model draft a memo for the selected code (ADR 036):
 * every sentence cites fragments, checked like theory evidence.
 */
export function MemoPanel({ projectId, code, onlyCode = false }: { projectId: string; code: { id: string; label: string } | null; onlyCode?: boolean }) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const mayWrite = useCan()('coder');
  const [version, setVersion] = useState(0);
  const [memos, reload] = useResource(`memos:${projectId}:${version}`, (signal) => api.listMemos(projectId, signal));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [aboutCode, setAboutCode] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const modelReady = useModelReady();
  const draft = useMemoDraft(projectId, () => setVersion((n) => n + 1));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.createMemo(projectId, {
        ...(title.trim() ? { title: title.trim() } : {}),
        body: body.trim(),
        ...(code && (aboutCode || onlyCode) ? { code_id: code.id } : {}),
      });
      setTitle('');
      setBody('');
      setVersion((n) => n + 1);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (memo: Memo) => {
    try {
      await api.deleteMemo(memo.id);
      setVersion((n) => n + 1);
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  return (
    <section className={onlyCode ? 'memos memos--code' : 'panel memos'} aria-labelledby={titleId}>
      {onlyCode && code ? (
        <h3 id={titleId}>{t.coding.tree.memosAbout(code.label)}</h3>
      ) : (
        <h2 id={titleId} className="panel__title">
          {t.coding.memos}
        </h2>
      )}
      {mayWrite && (
        <form className="memo-form" onSubmit={save} noValidate>
          <MemoFields title={title} onTitle={setTitle} body={body} onBody={setBody} missing={missing} onEdited={() => setMissing(false)} rows={3} />
          {code && !onlyCode && (
            <label className="checkbox">
              <input type="checkbox" checked={aboutCode} onChange={(e) => setAboutCode(e.target.checked)} />
              {t.coding.memoAbout(code.label)}
            </label>
          )}
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={busy}>
              {busy ? t.form.saving : t.coding.addMemo}
            </button>
            {code && modelReady && (
              <button type="button" className="button button--ghost" disabled={draft.running} onClick={() => void draft.start({ code_ids: [code.id] })}>
                {t.coding.draftMemo(code.label)}
              </button>
            )}
          </div>
          {failure && <ErrorNotice message={failure} />}
          {draft.failure && <ErrorNotice message={draft.failure} />}
        </form>
      )}
      <MemoDraftStatus job={draft.job} pollError={draft.pollError} />
      {memos.status === 'loading' && <Loading />}
      {memos.status === 'error' && <ErrorNotice message={errorText(memos.error, t)} onRetry={reload} />}
      {memos.status === 'ready' && (
        <ul className="memo-list">
          {memos.data
            .filter((memo) => !onlyCode || memo.code_id === code?.id)
            .map((memo) => (
              <li key={memo.id} className="memo">
                {editing === memo.id ? (
                  <EditMemo
                    memo={memo}
                    onDone={(changed) => {
                      setEditing(null);
                      if (changed) setVersion((n) => n + 1);
                    }}
                  />
                ) : (
                  <>
                    <div className="memo__head">
                      <strong>{memo.title || t.coding.untitled}</strong>
                      <span className="muted">{formatDate(memo.updated_at)}</span>
                    </div>
                    <MemoAuthor memo={memo} />
                    {memo.body && <p className="prose">{memo.body}</p>}
                    {mayWrite && (
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={t.coding.editMemoLabel(memo.title || t.coding.untitled)}
                          onClick={() => setEditing(memo.id)}
                        >
                          {t.coding.edit}
                        </button>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={t.coding.deleteMemoLabel(memo.title || t.coding.untitled)}
                          onClick={() => void remove(memo)}
                        >
                          {t.coding.delete}
                        </button>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function EditMemo({ memo, onDone }: { memo: Memo; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(memo.title ?? '');
  const [body, setBody] = useState(memo.body ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.updateMemo(memo.id, { title: title.trim(), body: body.trim() });
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <form className="memo-form" onSubmit={(event) => void save(event)} noValidate aria-label={t.coding.editMemoLabel(memo.title || t.coding.untitled)}>
      <MemoFields title={title} onTitle={setTitle} body={body} onBody={setBody} missing={missing} onEdited={() => setMissing(false)} rows={4} />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? t.form.saving : t.coding.save}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => onDone(false)}>
          {t.form.cancel}
        </button>
      </div>
      {failure && <ErrorNotice message={failure} />}
    </form>
  );
}

/** A memo's title and its required body, as both the new-memo and the edit form ask for them. */
function MemoFields({
  title,
  onTitle,
  body,
  onBody,
  missing,
  onEdited,
  rows,
}: {
  title: string;
  onTitle(value: string): void;
  body: string;
  onBody(value: string): void;
  missing: boolean;
  onEdited(): void;
  rows: number;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t.coding.memoTitle}>{(control) => <input {...control} value={title} maxLength={200} onChange={(e) => onTitle(e.target.value)} />}</Field>
      <Field label={t.coding.memoBody} error={missing ? t.validation.required : undefined} required>
        {(control) => (
          <textarea
            {...control}
            rows={rows}
            value={body}
            onChange={(e) => {
              onEdited();
              onBody(e.target.value);
            }}
          />
        )}
      </Field>
    </>
  );
}

/** Who wrote a memo: a person, or the model that drafted it (marked as such). */
export function MemoAuthor({ memo }: { memo: Memo }) {
  const { t } = useI18n();
  if (!memo.author_name) return null;
  return (
    <p className={memo.author_kind === 'ai' ? 'memo__author memo__author--ai muted' : 'memo__author muted'}>
      {memo.author_kind === 'ai' ? t.coding.memoByModel(memo.author_name) : t.coding.memoByPerson(memo.author_name)}
    </p>
  );
}
