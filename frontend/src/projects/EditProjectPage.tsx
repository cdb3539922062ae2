import { api } from '../api/client';
import type { Project } from '../api/types';
import { Link } from '../app/Link';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useDocumentTitle, useResource } from '../ui/hooks';
import { ProjectForm, type ProjectValues } from './ProjectForm';
import { PageHeading } from '../ui/PageHeading';

export function EditProjectPage({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [project, reload] = useResource(`project:${projectId}`, (signal) => api.getProject(projectId, signal));
  useDocumentTitle(project.status === 'ready' ? `${t.form.editTitle}: ${project.data.name}` : t.form.editTitle);

  // Every field is sent: an emptied description or research question is how the API clears it.
  const save = async (values: ProjectValues) => {
    await api.updateProject(projectId, {
      name: values.name,
      research_question: values.research_question.trim(),
      description: values.description.trim(),
      language: values.language,
      domain_template: values.domain_template,
    });
    navigate(paths.project(projectId), { notice: { text: t.form.saved, tone: 'success' } });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={paths.projects()}>{t.app.projects}</Link>
        {project.status === 'ready' && (
          <>
            <span aria-hidden="true"> / </span>
            <Link href={paths.project(projectId)}>{project.data.name}</Link>
          </>
        )}
      </p>
      <div className="page-header">
        <PageHeading>{t.form.editTitle}</PageHeading>
      </div>
      {project.status === 'loading' && <Loading />}
      {project.status === 'error' && <ErrorNotice message={errorText(project.error, t)} onRetry={reload} />}
      {project.status === 'ready' && project.data.role !== 'owner' && <ErrorNotice message={t.members.ownerOnly} />}
      {project.status === 'ready' && project.data.role === 'owner' && (
        <ProjectForm
          initial={valuesOf(project.data)}
          submitLabel={t.form.save}
          busyLabel={t.form.saving}
          cancelHref={paths.project(projectId)}
          onSubmit={save}
        />
      )}
    </>
  );
}

function valuesOf(project: Project): ProjectValues {
  return {
    name: project.name,
    research_question: project.research_question ?? '',
    description: project.description ?? '',
    language: project.language,
    domain_template: project.domain_template,
  };
}
