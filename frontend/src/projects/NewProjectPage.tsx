import { api } from '../api/client';
import type { ProjectCreate } from '../api/types';
import { Link } from '../app/Link';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/hooks';
import { EMPTY_PROJECT, ProjectForm, type ProjectValues } from './ProjectForm';
import { PageHeading } from '../ui/PageHeading';

export function NewProjectPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t.form.newTitle);

  const create = async (values: ProjectValues) => {
    const body: ProjectCreate = { name: values.name, language: values.language, domain_template: values.domain_template };
    if (values.research_question.trim()) body.research_question = values.research_question.trim();
    if (values.description.trim()) body.description = values.description.trim();
    const project = await api.createProject(body);
    navigate(paths.project(project.id), { notice: { text: t.form.created, tone: 'success' } });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={paths.projects()}>{t.app.projects}</Link>
      </p>
      <div className="page-header">
        <div>
          <PageHeading>{t.form.newTitle}</PageHeading>
          <p className="lead">{t.form.newLead}</p>
        </div>
      </div>
      <ProjectForm
        initial={{ ...EMPTY_PROJECT, language: lang }}
        submitLabel={t.form.create}
        busyLabel={t.form.creating}
        cancelHref={paths.projects()}
        onSubmit={create}
      />
    </>
  );
}
