import { useState, type FormEvent, type ReactNode } from 'react';
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
  const cycle = useCreateForm(
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
    <CreateForm
      titleId="new-code-title"
      title={t.coding.newCode}
      nameLabel={t.coding.code}
      nameField="label"
      name={label}
      onName={setLabel}
      definition={definition}
      onDefinition={setDefinition}
      submitLabel={t.coding.createCode}
      cycle={cycle}
    >
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
    </CreateForm>
  );
}

function NewCategory({ projectId, onChanged }: { projectId: string; onChanged(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [definition, setDefinition] = useState('');
  const cycle = useCreateForm(
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
    <CreateForm
      titleId="new-category-title"
      title={t.coding.newCategory}
      nameLabel={t.coding.categoryName}
      nameField="name"
      name={name}
      onName={setName}
      definition={definition}
      onDefinition={setDefinition}
      submitLabel={t.coding.createCategory}
      cycle={cycle}
    />
  );
}

interface CreateFormProps {
  titleId: string;
  title: string;
  nameLabel: string;
  /** The request field a server refusal names for the required name. */
  nameField: 'label' | 'name';
  name: string;
  onName(value: string): void;
  definition: string;
  onDefinition(value: string): void;
  submitLabel: string;
  cycle: CreateCycle;
  /** Further fields, after the definition. */
  children?: ReactNode;
}

/** The form both entries share: a required name, an optional definition, any further fields, submit, error and success. */
function CreateForm({ titleId, title, nameLabel, nameField, name, onName, definition, onDefinition, submitLabel, cycle, children }: CreateFormProps) {
  const { t } = useI18n();
  const { missing, clearMissing, busy, failure, done, submit } = cycle;
  return (
    <form className="codebook-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <Field label={nameLabel} error={missing ? t.validation.required : serverFieldErrors(failure, [nameField])[nameField]} required>
        {(control) => (
          <input
            {...control}
            value={name}
            maxLength={200}
            onChange={(e) => {
              clearMissing();
              onName(e.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t.coding.definition}>
        {(control) => <input {...control} value={definition} maxLength={5000} onChange={(e) => onDefinition(e.target.value)} />}
      </Field>
      {children}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t.form.saving : submitLabel}
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

type CreateCycle = ReturnType<typeof useCreateForm>;

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
