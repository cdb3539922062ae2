import { useState } from 'react';
import { api } from '../api/client';
import type { Code } from '../api/types';
import { Link } from '../app/Link';
import { EvidenceClip, useRecordedInterviews } from '../interviews/EvidenceClip';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { HighlightedText } from '../interviews/HighlightedText';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { useCan } from '../projects/role';
import { AttributeFilter, attributeFilters, type AttributeChoice } from '../matrices/AttributeFilter';

const SIZE = 50;

/** The quotes coded with one code, each marked in its fragment and linked to its place in the transcript. */
export function CodeEvidence({ projectId, code, onChanged }: { projectId: string; code: Code; onChanged(): void }) {
  const { t } = useI18n();
  const mayCode = useCan()('coder');
  const [removed, setRemoved] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async (applicationId: string) => {
    setFailure(null);
    try {
      await api.removeApplication(applicationId);
      setRemoved((n) => n + 1);
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  const [attribute, setAttribute] = useState<AttributeChoice>({ name: '', value: '' });
  const filters = attributeFilters(attribute);
  const [evidence, reload] = useResource(`evidence:${code.id}:${removed}:${JSON.stringify(filters)}`, (signal) =>
    api.codeEvidence(code.id, 0, SIZE, signal, undefined, filters),
  );
  const recorded = useRecordedInterviews(projectId);
  return (
    <section className="code-evidence" aria-labelledby="code-evidence-title">
      <h3 id="code-evidence-title">{t.coding.evidenceTitle(code.label)}</h3>
      <AttributeFilter projectId={projectId} choice={attribute} onChange={setAttribute} />
      {failure && <ErrorNotice message={failure} />}
      {evidence.status === 'loading' && <Loading />}
      {evidence.status === 'error' && <ErrorNotice message={errorText(evidence.error, t)} onRetry={reload} />}
      {evidence.status === 'ready' && (
        <>
          <p className="list-count">{t.coding.evidenceCount(evidence.data.items.length, evidence.data.total_items)}</p>
          <ol className="fragments">
            {evidence.data.items.map((item) => (
              <li key={item.application_id} className="fragment">
                <div className="fragment__meta">
                  <span className="search-hit__interview">{item.interview_label}</span>
                  {item.speaker && <span className="speaker speaker--0">{item.speaker}</span>}
                  <span className="fragment__number">{t.transcript.fragment(item.ordinal + 1)}</span>
                  <span className="tag tag--quiet">{t.coding.origins[item.origin]}</span>
                </div>
                <p className="fragment__text">
                  <HighlightedText text={item.fragment_text} spans={[{ start: item.quote_start, end: item.quote_end }]} className="quote" />
                </p>
                <Link
                  href={paths.interview(projectId, item.interview_id, {
                    fragment: item.fragment_id,
                    quote: { start: item.quote_start, end: item.quote_end },
                  })}
                >
                  {t.search.open}
                </Link>{' '}
                <EvidenceClip fragmentId={item.fragment_id} label={item.interview_label} hasRecording={recorded.has(item.interview_id)} />{' '}
                {mayCode && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t.coding.removeApplicationLabel(item.quote)}
                    onClick={() => void remove(item.application_id)}
                  >
                    {t.coding.removeApplication}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
