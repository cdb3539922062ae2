import type { DomainTemplate } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { templateDescription, templateName } from './templates';

/** A domain template's description with the actors, critical dimensions and metrics it adds to the analysis. */
export function TemplatePreview({ template, headingLevel = 3, caption }: { template: DomainTemplate; headingLevel?: 2 | 3; caption?: string }) {
  const { t, lang } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="template-preview" aria-label={`${t.template.previewTitle}: ${templateName(template, template.key, lang)}`}>
      {caption && <p className="template-preview__caption">{caption}</p>}
      <Heading className="template-preview__name">{templateName(template, template.key, lang)}</Heading>
      <p className="template-preview__description">{templateDescription(template, lang)}</p>
      <TermList level={headingLevel + 1} title={t.template.actors} terms={template.actors} />
      <TermList level={headingLevel + 1} title={t.template.dimensions} terms={template.critical_dimensions} />
      <TermList level={headingLevel + 1} title={t.template.metrics} terms={template.metrics} />
    </section>
  );
}

function TermList({ level, title, terms }: { level: number; title: string; terms: string[] }) {
  if (terms.length === 0) {
    return null;
  }
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="term-list">
      <Heading className="term-list__title">{title}</Heading>
      <ul className="term-list__items">
        {terms.map((term) => (
          <li key={term} className="chip">
            {term}
          </li>
        ))}
      </ul>
    </div>
  );
}
