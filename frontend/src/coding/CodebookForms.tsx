import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText, serverFieldErrors } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';

/** Adds a code or a category by hand (origin "human"); both survive later re-coding. */
export function CodebookForms({ projectId, version, onChanged }: { projectId: string; version: number; onChanged(): void }) {
  const { t } = useI18n();
  const [categories] = useResource(`categories:${projectId}:${version}`, (signal) => api.listCategories(projectId, signal));
  return (
    <section className="panel" aria-labelledby="codebook-forms-title">
      <h2 id="codebook-forms-title" className="panel__title">
        {t.coding.addTitle}
      </h2>
      <div className="codebook-forms">
        <NewCode projectId={projectId} categories={categories.status === 'ready' ? categories.data : []} onChanged={onChanged} />
        <NewCategory projectId={projectId} onChanged={onChanged} />
      </div>
    </section>
  );
}

function NewCode({ projectId, categories, onChanged }: { projectId: string; categories: Category[]; onChanged(): void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [definition, setDefinition] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const { missing, clearMissing, busy, failure, done, submit } = useCreateForm(
    label,
    () =>
      api.createCode(projectId, {
        label: label.trim(),
        ...(definition.trim() ? { definition: definition.trim() } : {}),
        ...(categoryId ? { category_id: categoryId } : {}),
      }),
    (code) => t.coding.codeCreated(code.label),
    () => {
      setLabel('');
      setDefinition('');
      onChanged();
    },
  );
  return (
    <form className="codebook-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-code-title">
      <h3 id="new-code-title">{t.coding.newCode}</h3>
      <Field label={t.coding.code} error={missing ? t.validation.required : serverFieldErrors(failure, ['label']).label} required>
        {(control) => (
          <input
            {...control}
            value={label}
            maxLength={200}
            onChange={(e) => {
              clearMissing();
              setLabel(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t.coding.definition}>
        {(control) => <input {...control} value={definition} maxLength={5000} onChange={(e) => setDefinition(e.target.value)} />}
      </Field>
      {categories.length > 0 && (
        <Field label={t.coding.category}>
          {(control) => (
            <select {...control} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">{t.coding.ungrouped}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t.form.saving : t.coding.createCode}
        </button>
      </div>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {done && (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function NewCategory({ projectId, onChanged }: { projectId: string; onChanged(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [definition, setDefinition] = useState('');
  const { missing, clearMissing, busy, failure, done, submit } = useCreateForm(
    name,
    () => api.createCategory(projectId, { name: name.trim(), ...(definition.trim() ? { definition: definition.trim() } : {}) }),
    (category) => t.coding.categoryCreated(category.name),
    () => {
      setName('');
      setDefinition('');
      onChanged();
    },
  );
  return (
    <form className="codebook-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-category-title">
      <h3 id="new-category-title">{t.coding.newCategory}</h3>
      <Field label={t.coding.categoryName} error={missing ? t.validation.required : serverFieldErrors(failure, ['name']).name} required>
        {(control) => (
          <input
            {...control}
            value={name}
            maxLength={200}
            onChange={(e) => {
              clearMissing();
              setName(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t.coding.definition}>
        {(control) => <input {...control} value={definition} maxLength={5000} onChange={(e) => setDefinition(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t.form.saving : t.coding.createCategory}
        </button>
      </div>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {done && (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

/**
 * The submit cycle both forms share: the required field must not be blank, the request runs once at a time, a
 * refusal is kept for the fields and the notice, a success is announced and the form reset by `onCreated`.
 */
function useCreateForm<T>(required: string, create: () => Promise<T>, announce: (created: T) => string, onCreated: () => void) {
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!required.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const created = await create();
      setDone(announce(created));
      onCreated();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { missing, clearMissing: () => setMissing(false), busy, failure, done, submit };
}
