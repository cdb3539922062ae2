import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category, Job, Memo } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useResource } from '../ui/hooks';
import { MemoAuthor } from './MemoPanel';
import { MemoDraftStatus } from './useMemoDraft';
import { relationsOf } from './codebookTree';
import { useCodebookChange } from './useCodebookChange';

/** The axial relations from and to a category (causal, context, intervening, strategy, consequence). */
export function CategoryRelations({ category, categories }: { category: Category; categories: Category[] }) {
  const { t } = useI18n();
  const lines = relationsOf(category, categories);
  if (lines.length === 0) return null;
  return (
    <ul className="relations" aria-label={`${t.coding.tree.relations}: ${category.name}`}>
      {lines.map(({ relation, outgoing, other }) => {
        const type = t.coding.tree.relationTypes[relation.type] ?? relation.type;
        return (
          <li
            key={`${relation.from_category_id}-${relation.to_category_id}-${relation.type}`}
            className={`relation relation--${relation.type}`}
            aria-label={outgoing ? t.coding.tree.relationOutLabel(type, other.name) : t.coding.tree.relationInLabel(type, other.name)}
          >
            {outgoing ? t.coding.tree.relationOut(type, other.name) : t.coding.tree.relationIn(type, other.name)}
          </li>
        );
      })}
    </ul>
  );
}

/** Renames a category in place: Enter saves, Escape cancels. */
export function RenameCategory({ category, onDone }: { category: Category; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(category.name);
  const { busy, failure, setFailure, run } = useCodebookChange(onDone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setFailure(t.validation.required);
      return;
    }
    if (trimmed === category.name) {
      onDone(false);
      return;
    }
    await run(() => api.updateCategory(category.id, { name: trimmed }));
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`rename-${category.id}`} className="visually-hidden">
        {t.coding.newCategoryName}
      </label>
      <input
        id={`rename-${category.id}`}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone(false)}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t.coding.save}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => onDone(false)}>
        {t.form.cancel}
      </button>
      {failure && <ErrorNotice message={failure} />}
    </form>
  );
}

/**
 * Under a category whose memo is being drafted with AI: the job's progress, then the result and the category's memos
 * (the new draft first), each with its author — as the code's memo panel shows them (ADR 036).
 */
export function CategoryMemoDraft({
  projectId,
  category,
  job,
  pollError,
  failure,
  version,
}: {
  projectId: string;
  category: Category;
  job: Job | null;
  pollError: unknown;
  failure: string | null;
  version: number;
}) {
  const { t } = useI18n();
  const done = job?.status === 'completed';
  const [memos] = useResource(`category-memos:${projectId}:${category.id}:${version}:${done}`, (signal) =>
    done ? api.listMemos(projectId, signal) : Promise.resolve([] as Memo[]),
  );
  const about = memos.status === 'ready' ? memos.data.filter((memo) => memo.category_id === category.id) : [];
  return (
    <div className="category-draft">
      {failure && <ErrorNotice message={failure} />}
      <MemoDraftStatus job={job} pollError={pollError} />
      {about.length > 0 && (
        <ul className="memo-list" aria-label={t.coding.tree.categoryMemos(category.name)}>
          {about.map((memo) => (
            <li key={memo.id} className="memo">
              <div className="memo__head">
                <strong>{memo.title || t.coding.untitled}</strong>
              </div>
              <MemoAuthor memo={memo} />
              {memo.body && <p className="prose">{memo.body}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
