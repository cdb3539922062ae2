import type { Project } from '../api/types';
import { ExchangePanel } from '../exchange/ExchangePanel';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { StudyOverviewPanel } from '../matrices/StudyOverviewPanel';
import { TemplatePreview } from './TemplatePreview';
import { useDomainTemplates } from './templates';

/** What the project is about: its question, description, details and the domain template it applies. */
export function ProjectOverview({ project }: { project: Project }) {
  const { t, formatDate } = useI18n();
  const [templates, reloadTemplates] = useDomainTemplates();
  const template = templates.status === 'ready' ? templates.data.find((x) => x.key === project.domain_template) : undefined;

  return (
    <div className="overview">
      <div className="overview__main">
        <StudyOverviewPanel projectId={project.id} />
        <section className="panel" aria-labelledby="overview-question">
          <h2 id="overview-question" className="panel__title">
            {t.project.researchQuestion}
          </h2>
          {project.research_question ? (
            <p className="research-question">{project.research_question}</p>
          ) : (
            <p className="muted">{t.projects.noResearchQuestion}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="overview-description">
          <h2 id="overview-description" className="panel__title">
            {t.project.description}
          </h2>
          {project.description ? <p className="prose">{project.description}</p> : <p className="muted">{t.project.noDescription}</p>}
        </section>
        <ExchangePanel projectId={project.id} projectName={project.name} />
        <section className="panel" aria-labelledby="overview-details">
          <h2 id="overview-details" className="panel__title">
            {t.project.details}
          </h2>
          <dl className="details">
            <dt>{t.project.language}</dt>
            <dd>{t.form.languages[project.language]}</dd>
            <dt>{t.project.created}</dt>
            <dd>{formatDate(project.created_at)}</dd>
            <dt>{t.project.updated}</dt>
            <dd>{formatDate(project.updated_at)}</dd>
          </dl>
        </section>
      </div>
      <aside className="overview__aside panel" aria-labelledby="overview-template">
        <h2 id="overview-template" className="panel__title">
          {t.project.template}
        </h2>
        {template && <TemplatePreview template={template} />}
        {templates.status === 'error' && <ErrorNotice message={`${t.template.unavailable} ${errorText(templates.error, t)}`} onRetry={reloadTemplates} />}
      </aside>
    </div>
  );
}
