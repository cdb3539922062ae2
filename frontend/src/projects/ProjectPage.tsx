import { useRef, useState } from 'react';
import { api } from '../api/client';
import type { Project } from '../api/types';
import { Link } from '../app/Link';
import { navigate, paths, type AgreementPair, type ProjectSection } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useDocumentTitle, useResource } from '../ui/hooks';
import { AgreementSection } from '../agreement/AgreementSection';
import { CodingSection } from '../coding/CodingSection';
import { InterviewsSection } from '../interviews/InterviewsSection';
import { SearchSection } from '../search/SearchSection';
import { ReviewSection } from '../review/ReviewSection';
import { TheorySection } from '../theory/TheorySection';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { MembersSection } from '../members/MembersSection';
import { ProjectOverview } from './ProjectOverview';
import { ProjectRoleProvider, useCan } from './role';
import { projectSections } from './sections';
import { templateName, useDomainTemplates } from './templates';
import { PageHeading } from '../ui/PageHeading';
import { MatricesSection } from '../matrices/MatricesSection';
import { AttributesSection } from '../matrices/AttributesSection';

/** The frame every project section shares: header, actions and the section tabs. */
export function ProjectPage({
  projectId,
  section,
  page = 1,
  coders = { a: null, b: null },
}: {
  projectId: string;
  section: ProjectSection;
  page?: number;
  coders?: AgreementPair;
}) {
  const { t } = useI18n();
  const [project, reload] = useResource(`project:${projectId}`, (signal) => api.getProject(projectId, signal));
  // While the project reloads (after a change of ownership), the page stays as it was until the answer arrives.
  const last = useRef<Project | null>(null);
  if (project.status === 'ready') last.current = project.data;
  const current = project.status === 'ready' ? project.data : project.status === 'loading' && last.current?.id === projectId ? last.current : null;
  useDocumentTitle(current ? current.name : t.app.projects);

  return (
    <>
      <p className="breadcrumb">
        <Link href={paths.projects()}>{t.app.projects}</Link>
      </p>
      {project.status === 'loading' && !current && <Loading />}
      {project.status === 'error' && (
        <>
          <PageHeading>{t.app.projects}</PageHeading>
          <ErrorNotice message={errorText(project.error, t)} onRetry={reload} />
        </>
      )}
      {current && (
        <>
          <ProjectRoleProvider role={current.role}>
            <ProjectHeader project={current} />
            <SectionTabs projectId={projectId} current={section} />
            <div className="section-body">
              {section === 'overview' && <ProjectOverview project={current} />}
              {section === 'interviews' && <InterviewsSection projectId={projectId} page={page} />}
              {section === 'coding' && <CodingSection projectId={projectId} />}
              {section === 'theory' && <TheorySection projectId={projectId} />}
              {section === 'search' && <SearchSection projectId={projectId} />}
              {section === 'agreement' && <AgreementSection projectId={projectId} coders={coders} />}
              {section === 'review' && <ReviewSection projectId={projectId} />}
              {section === 'members' && <MembersSection project={current} onProjectChanged={reload} />}
              {section === 'matrices' && <MatricesSection projectId={projectId} />}
              {section === 'attributes' && <AttributesSection projectId={projectId} />}
            </div>
          </ProjectRoleProvider>
        </>
      )}
    </>
  );
}

function ProjectHeader({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const [templates] = useDomainTemplates();
  const [confirming, setConfirming] = useState(false);
  const can = useCan();
  const template = templates.status === 'ready' ? templates.data.find((x) => x.key === project.domain_template) : undefined;

  return (
    <header className="project-header">
      <div className="project-header__title">
        <PageHeading>{project.name}</PageHeading>
        <p className="project-header__meta">
          <span className="tag">{templateName(template, project.domain_template, lang)}</span>
          <span className="tag tag--quiet" title={t.form.language}>
            {t.form.languages[project.language]}
          </span>
          <span className={`tag role role--${project.role}`}>{t.members.yourRole[project.role]}</span>
        </p>
      </div>
      {can('owner') && (
        <div className="button-row">
          <Link className="button button--secondary" href={paths.editProject(project.id)}>
            {t.project.edit}
          </Link>
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            {t.project.delete}
          </button>
        </div>
      )}
      {confirming && (
        <DeleteProjectDialog
          project={project}
          onCancel={() => setConfirming(false)}
          onDeleted={() => navigate(paths.projects(), { replace: true, notice: { text: t.projects.deleted(project.name), tone: 'success' } })}
        />
      )}
    </header>
  );
}

function SectionTabs({ projectId, current }: { projectId: string; current: ProjectSection }) {
  const { t } = useI18n();
  return (
    <nav className="section-tabs" aria-label={t.project.sections}>
      <ul>
        {projectSections.map(({ key, label }) => (
          <li key={key}>
            <Link href={paths.project(projectId, key)} aria-current={key === current ? 'page' : undefined}>
              {label(t)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
