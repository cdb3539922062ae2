import { useState, type DragEvent, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category, Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { useCan } from '../projects/role';

const DRAG_TYPE = 'application/x-theogen-code';

/**
 * Categories with their codes. A code moves to another category by dragging its chip onto the category, or,
 * from the keyboard, with its "Move to…" menu. Moved codes are pinned: later grouping leaves them there.
 */
export function CategoryBoard({ projectId, version, onChanged }: { projectId: string; version: number; onChanged(): void }) {
  const { t } = useI18n();
  const mayEdit = useCan()('coder');
  const [board, reload] = useResource(`board:${projectId}:${version}`, async (signal) => {
    const [categories, codes] = await Promise.all([
      api.listCategories(projectId, signal),
      api.listCodes(projectId, { sort: 'label', page: 0, size: 500 }, signal),
    ]);
    return { categories, codes: codes.items };
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (category: Category) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.deleteCategory(category.id);
      setDeleting(null);
      onChanged();
    } catch (error) {
      setDeleting(null);
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const move = async (code: Code, categoryId: string) => {
    if (code.category_id === categoryId) return;
    setFailure(null);
    try {
      await api.moveCodes(categoryId, [code.id]);
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  if (board.status === 'loading') return <Loading />;
  if (board.status === 'error') return <ErrorNotice message={errorText(board.error, t)} onRetry={reload} />;
  const { categories, codes } = board.data;
  const byId = new Map(codes.map((c) => [c.id, c]));
  const ungrouped = codes.filter((c) => !c.category_id);
  const onDrop = (category: Category) => (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setTarget(null);
    const code = byId.get(event.dataTransfer.getData(DRAG_TYPE));
    if (code) void move(code, category.id);
  };

  return (
    <section className="board" aria-labelledby="board-title">
      <h2 id="board-title">{t.coding.categories}</h2>
      <p className="lead">{t.coding.boardLead}</p>
      {failure && <ErrorNotice message={failure} />}
      {categories.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <p>{t.coding.noCategories}</p>
        </div>
      ) : (
        <ul className="board__columns">
          {categories.map((category) => (
            <li
              key={category.id}
              className={target === category.id ? 'board__category board__category--target' : 'board__category'}
              aria-labelledby={`category-${category.id}`}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                setTarget(category.id);
              }}
              onDragLeave={() => setTarget(null)}
              onDrop={onDrop(category)}
            >
              {renaming === category.id ? (
                <RenameCategory
                  category={category}
                  onDone={(changed) => {
                    setRenaming(null);
                    if (changed) onChanged();
                  }}
                />
              ) : (
                <div className="board__head">
                  <h3 id={`category-${category.id}`}>{category.name}</h3>
                  {mayEdit && (
                    <div className="board__actions">
                      <button type="button" className="button button--ghost button--small" aria-label={t.coding.renameCategoryLabel(category.name)} onClick={() => setRenaming(category.id)}>
                        {t.coding.rename}
                      </button>
                      <button type="button" className="button button--ghost button--small" aria-label={t.coding.deleteCategoryLabel(category.name)} onClick={() => setDeleting(category)}>
                        {t.coding.delete}
                      </button>
                    </div>
                  )}
                </div>
              )}
              <p className="board__meta">{t.coding.categoryMeta(category.code_ids.length, category.fragment_count)}</p>
              {category.definition && <p className="board__definition">{category.definition}</p>}
              <CodeChips codes={category.code_ids.flatMap((id) => byId.get(id) ?? [])} categories={categories} onMove={mayEdit ? move : null} />
            </li>
          ))}
          {ungrouped.length > 0 && (
            <li className="board__category board__category--ungrouped" aria-labelledby="category-ungrouped">
              <h3 id="category-ungrouped">{t.coding.ungrouped}</h3>
              <CodeChips codes={ungrouped} categories={categories} onMove={mayEdit ? move : null} />
            </li>
          )}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t.coding.deleteCategoryTitle}
          confirmLabel={t.coding.deleteCategoryConfirm}
          cancelLabel={t.coding.keepCategory}
          busy={busy}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t.coding.deleteCategoryBody(deleting.name, deleting.code_ids.length)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function RenameCategory({ category, onDone }: { category: Category; onDone(changed: boolean): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(category.name);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
    try {
      await api.updateCategory(category.id, { name: trimmed });
      onDone(true);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`rename-${category.id}`} className="visually-hidden">
        {t.coding.newCategoryName}
      </label>
      <input id={`rename-${category.id}`} value={name} maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onDone(false)} />
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

/** The codes of a category; with `onMove` (coders and owners) they can be dragged or moved to another category. */
function CodeChips({ codes, categories, onMove }: { codes: Code[]; categories: Category[]; onMove: ((code: Code, categoryId: string) => void) | null }) {
  const { t } = useI18n();
  return (
    <ul className="chips">
      {codes.map((code) => (
        <li
          key={code.id}
          className="code-chip"
          draggable={onMove !== null}
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, code.id);
            event.dataTransfer.effectAllowed = 'move';
          }}
        >
          <span className="code-chip__label">{code.label}</span>
          <span className="code-chip__count" title={t.coding.quotes}>
            {code.application_count}
          </span>
          {onMove && (
            <select
              className="code-chip__move"
              aria-label={t.coding.moveLabel(code.label)}
              value=""
              onChange={(event) => event.target.value && onMove(code, event.target.value)}
            >
              <option value="">{t.coding.moveTo}</option>
              {categories
                .filter((c) => c.id !== code.category_id)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          )}
        </li>
      ))}
    </ul>
  );
}
