import { Link } from '../app/Link';
import { useI18n } from '../i18n/I18nProvider';

interface PaginationProps {
  /** Names the navigation landmark, e.g. "Project pages". */
  label: string;
  /** One-based. */
  page: number;
  totalPages: number;
  hrefFor(page: number): string;
}

/** Previous/next links between pages of a list; absent when everything fits on one page. */
export function Pagination({ label, page, totalPages, hrefFor }: PaginationProps) {
  const { t } = useI18n();
  if (totalPages <= 1) {
    return null;
  }
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link className="button button--secondary" href={hrefFor(page - 1)} rel="prev">
          ← {t.app.previous}
        </Link>
      ) : (
        <span className="pagination__spacer" />
      )}
      <span className="pagination__status" aria-current="page">
        {t.app.pageOf(page, totalPages)}
      </span>
      {page < totalPages ? (
        <Link className="button button--secondary" href={hrefFor(page + 1)} rel="next">
          {t.app.next} →
        </Link>
      ) : (
        <span className="pagination__spacer" />
      )}
    </nav>
  );
}
