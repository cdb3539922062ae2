import { useRef, useState, type FormEvent } from 'react';
import type { ProjectLanguage } from '../api/types';
import { Link } from '../app/Link';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText, serverFieldErrors } from '../ui/errors';
import { Field } from '../ui/Field';
import { checkLength, focusFirstInvalid, type FieldErrors } from '../ui/validation';
import { TemplatePreview } from './TemplatePreview';
import { templateName, useDomainTemplates } from './templates';

export interface ProjectValues {
  name: string;
  research_question: string;
  description: string;
  language: ProjectLanguage;
  domain_template: string;
}

const FIELDS = ['name', 'research_question', 'description', 'language', 'domain_template'] as const;
type Errors = FieldErrors<(typeof FIELDS)[number]>;

export const EMPTY_PROJECT: ProjectValues = {
  name: '',
  research_question: '',
  description: '',
  language: 'en',
  domain_template: 'generic',
};

interface ProjectFormProps {
  initial: ProjectValues;
  submitLabel: string;
  busyLabel: string;
  cancelHref: string;
  /** Saves the values; a rejection is shown in the form (server field errors next to their fields). */
  onSubmit(values: ProjectValues): Promise<void>;
}

/** Name, research question, description, language and domain template of a project, with a template preview. */
export function ProjectForm({ initial, submitLabel, busyLabel, cancelHref, onSubmit }: ProjectFormProps) {
  const { t, lang } = useI18n();
  const [templates, reloadTemplates] = useDomainTemplates();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProjectValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Editing a field clears its message and the form's summary; the next submit checks everything again.
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
    setFailure(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      name: checkLength(values.name, t, { min: 1, max: 200 }),
      research_question: checkLength(values.research_question, t, { max: 2000 }),
      description: checkLength(values.description, t, { max: 5000 }),
    };
    setErrors(found);
    setFailure(null);
    if (Object.values(found).some(Boolean)) {
      setFailure(t.validation.fixBelow);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ ...values, name: values.name.trim() });
    } catch (error) {
      setErrors(serverFieldErrors(error, FIELDS));
      setFailure(errorText(error, t));
      setBusy(false);
    }
  };

  const selected = templates.status === 'ready' ? templates.data.find((x) => x.key === values.domain_template) : undefined;

  return (
    <form ref={form} className="project-form" onSubmit={submit} noValidate>
      <div className="project-form__fields">
        <Field label={t.form.name} error={errors.name} required>
          {(control) => <input {...control} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label={t.form.researchQuestion} hint={t.form.researchQuestionHint} error={errors.research_question}>
          {(control) => <textarea {...control} rows={3} value={values.research_question} onChange={(e) => set('research_question', e.target.value)} />}
        </Field>
        <Field label={t.form.description} hint={t.form.descriptionHint} error={errors.description}>
          {(control) => <textarea {...control} rows={5} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <Field label={t.form.language} hint={t.form.languageHint} error={errors.language}>
          {(control) => (
            <select {...control} value={values.language} onChange={(e) => set('language', e.target.value === 'es' ? 'es' : 'en')}>
              <option value="en">{t.form.languages.en}</option>
              <option value="es">{t.form.languages.es}</option>
            </select>
          )}
        </Field>
        <Field label={t.form.template} hint={t.form.templateHint} error={errors.domain_template}>
          {(control) => (
            <select
              {...control}
              value={values.domain_template}
              disabled={templates.status !== 'ready'}
              onChange={(e) => set('domain_template', e.target.value)}
            >
              {templates.status === 'ready' ? (
                templates.data.map((template) => (
                  <option key={template.key} value={template.key}>
                    {templateName(template, template.key, lang)}
                  </option>
                ))
              ) : (
                <option value={values.domain_template}>{values.domain_template}</option>
              )}
            </select>
          )}
        </Field>
      </div>
      <aside className="project-form__preview" aria-live="polite">
        {templates.status === 'ready' && selected && <TemplatePreview template={selected} caption={t.template.previewTitle} />}
        {templates.status === 'error' && <ErrorNotice message={`${t.template.unavailable} ${errorText(templates.error, t)}`} onRetry={reloadTemplates} />}
      </aside>
      <div className="project-form__actions">
        {failure && <ErrorNotice message={failure} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          <Link className="button button--secondary" href={cancelHref}>
            {t.form.cancel}
          </Link>
        </div>
      </div>
    </form>
  );
}
