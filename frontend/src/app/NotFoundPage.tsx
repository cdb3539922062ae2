import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/hooks';
import { Link } from './Link';
import { paths } from './router';
import { PageHeading } from '../ui/PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.app.notFoundTitle);
  return (
    <div className="empty-state">
      <PageHeading>{t.app.notFoundTitle}</PageHeading>
      <p>{t.app.notFoundBody}</p>
      <Link className="button button--secondary" href={paths.projects()}>
        {t.app.backToProjects}
      </Link>
    </div>
  );
}
