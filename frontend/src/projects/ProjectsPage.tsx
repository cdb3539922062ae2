import { api } from '../api/client';
import { NewProjectFromFile } from '../exchange/NewProjectFromFile';
import type { Project } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useDocumentTitle, useResource } from '../ui/hooks';
import { Pagination } from '../ui/Pagination';
import { templateName, useDomainTemplates } from './templates';
import { PageHeading } from '../ui/PageHeading';
import { useSession } from '../auth/SessionProvider';

export const PAGE_SIZE = 10;

/** The researcher's projects, newest first, a page at a time. */
export function ProjectsPage({ page }: { page: number }) {
  const { t } = useI18n();
  useDocumentTitle(t.projects.title);
  const [projects, reload] = useResource(`projects:${page}`, (signal) => api.listProjects(page - 1, PAGE_SIZE, signal));
  const empty = projects.status === 'ready' && projects.data.total_items === 0;

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading>{t.projects.title}</PageHeading>
          <p className="lead">{t.projects.lead}</p>
        </div>
        {!empty && (
          <Link className="button button--primary" href={paths.newProject()}>
            {t.projects.newProject}
          </Link>
        )}
      </div>
      {projects.status === 'loading' && <Loading />}
      {projects.status === 'error' && <ErrorNotice message={errorText(projects.error, t)} onRetry={reload} />}
      {projects.status === 'ready' &&
        (projects.data.total_items === 0 ? (
          <EmptyState />
        ) : (
          <>
            <p className="list-count">{t.projects.count(projects.data.total_items)}</p>
            <ul className="project-list">
              {projects.data.items.map((project) => (
                <ProjectRow key={project.id} project={project} />
              ))}
            </ul>
            <Pagination label={t.projects.pagination} page={page} totalPages={projects.data.total_pages} hrefFor={paths.projects} />
          </>
        ))}
      {projects.status === 'ready' && <NewProjectFromFile />}
    </>
  );
}

function ProjectRow({ project }: { project: Project }) {
  const { t, lang, formatDate } = useI18n();
  const [templates] = useDomainTemplates();
  const template = templates.status === 'ready' ? templates.data.find((x) => x.key === project.domain_template) : undefined;
  const { session } = useSession();
  const others = project.members.filter((m) => m.user_id !== session?.user.id);
  return (
    <li className="project-card">
      <h2 className="project-card__name">
        <Link href={paths.project(project.id)}>{project.name}</Link>
      </h2>
      <p className={project.research_question ? 'project-card__question' : 'project-card__question muted'}>
        {project.research_question || t.projects.noResearchQuestion}
      </p>
      <p className="project-card__meta">
        <span className="tag">{templateName(template, project.domain_template, lang)}</span>
        <span className="tag tag--quiet" title={t.form.language}>
          {t.form.languages[project.language]}
        </span>
        {project.role !== 'owner' && <span className={`tag role role--${project.role}`}>{t.members.roles[project.role]}</span>}
        <span>{t.projects.created(formatDate(project.created_at))}</span>
      </p>
      {others.length > 0 && <p className="project-card__members muted">{t.members.sharedWith(others.map((m) => m.display_name).join(', '))}</p>}
    </li>
  );
}

function EmptyState() {
  const { t } = useI18n();
  return (
    <div className="empty-state">
      <h2>{t.projects.emptyTitle}</h2>
      <p>{t.projects.emptyBody}</p>
      <Link className="button button--primary" href={paths.newProject()}>
        {t.projects.newProject}
      </Link>
    </div>
  );
}
