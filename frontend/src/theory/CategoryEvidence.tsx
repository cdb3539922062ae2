import { api } from '../api/client';
import type { CentralityRow } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { attribution } from './attribution';

const SHOWN = 8;

/** The first fragments coded with a category's codes, each linking to its place in the transcript. */
export function CategoryEvidence({ projectId, category, onClose }: { projectId: string; category: CentralityRow; onClose(): void }) {
  const { t } = useI18n();
  const [evidence, reload] = useResource(`category-evidence:${category.category_id}`, (signal) => api.categoryEvidence(category.category_id, 0, SHOWN, signal));
  return (
    <section className="network-evidence" aria-labelledby="network-evidence-title">
      <div className="network-evidence__head">
        <h4 id="network-evidence-title" className="subheading">
          {t.theory.network.evidenceTitle(category.name)}
        </h4>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t.theory.network.closeEvidence}
        </button>
      </div>
      {evidence.status === 'loading' && <Loading />}
      {evidence.status === 'error' && <ErrorNotice message={errorText(evidence.error, t)} onRetry={reload} />}
      {evidence.status === 'ready' && (
        <>
          <p className="muted">{t.theory.network.evidenceCount(evidence.data.items.length, evidence.data.total_items)}</p>
          <ul className="quotes">
            {evidence.data.items.map((e) => (
              <li key={e.application_id}>
                <Link
                  className="quote-link"
                  href={paths.interview(projectId, e.interview_id, { fragment: e.fragment_id, quote: { start: e.quote_start, end: e.quote_end } })}
                >
                  “{e.quote}”
                </Link>{' '}
                <span className="muted">— {attribution(e.interview_label, e.speaker)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
