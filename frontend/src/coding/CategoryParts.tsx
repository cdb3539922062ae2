import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { relationsOf } from './codebookTree';

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
