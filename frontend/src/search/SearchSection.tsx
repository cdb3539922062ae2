import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category, InterviewSummary, SearchQuery, SearchResult } from '../api/types';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { HighlightedText } from '../interviews/HighlightedText';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';

/** Search across every fragment of the project (meaning and words), with filters, each hit linking to its place. */
export function SearchSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [filters] = useResource(`search-filters:${projectId}`, (signal) => loadFilters(projectId, signal));
  const [query, setQuery] = useState<Required<Omit<SearchQuery, 'limit'>>>({ q: '', speaker: '', category: '', interview: '' });
  const [result, setResult] = useState<{ status: 'idle' } | { status: 'busy' } | { status: 'done'; data: SearchResult } | { status: 'error'; error: unknown }>(
    { status: 'idle' },
  );
  const [missing, setMissing] = useState(false);
  const options = filters.status === 'ready' ? filters.data : { interviews: [], speakers: [], categories: [] };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.q.trim()) {
      setMissing(true);
      return;
    }
    setResult({ status: 'busy' });
    try {
      setResult({ status: 'done', data: await api.searchProject(projectId, { ...query, q: query.q.trim() }) });
    } catch (error) {
      setResult({ status: 'error', error });
    }
  };
  const set = (change: Partial<typeof query>) => setQuery((current) => ({ ...current, ...change }));

  return (
    <div className="search">
      <form className="search-form panel" role="search" onSubmit={submit} noValidate>
        <div className="search-form__query">
          <Field label={t.search.query} hint={t.search.queryHint} error={missing ? t.validation.required : undefined} required>
            {(control) => (
              <input
                {...control}
                type="search"
                value={query.q}
                maxLength={1000}
                onChange={(e) => {
                  setMissing(false);
                  set({ q: e.target.value });
                }}
              />
            )}
          </Field>
        </div>
        <div className="search-form__filters">
          <FilterSelect label={t.search.interview} value={query.interview} all={t.search.allInterviews} onChange={(interview) => set({ interview })}
            options={options.interviews.map((i) => [i.id, i.participant])} />
          <FilterSelect label={t.search.speaker} value={query.speaker} all={t.search.allSpeakers} onChange={(speaker) => set({ speaker })}
            options={options.speakers.map((s) => [s, s])} />
          {options.categories.length > 0 && (
            <FilterSelect label={t.search.category} value={query.category} all={t.search.allCategories} onChange={(category) => set({ category })}
              options={options.categories.map((c) => [c.id, c.name])} />
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={result.status === 'busy'}>
            {result.status === 'busy' ? t.search.searching : t.search.submit}
          </button>
        </div>
      </form>
      {result.status === 'error' && <ErrorNotice message={errorText(result.error, t)} />}
      {result.status === 'done' && <SearchResults projectId={projectId} result={result.data} />}
    </div>
  );
}

function FilterSelect({ label, value, all, options, onChange }: {
  label: string;
  value: string;
  all: string;
  options: [string, string][];
  onChange(value: string): void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{all}</option>
          {options.map(([key, name]) => (
            <option key={key} value={key}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function SearchResults({ projectId, result }: { projectId: string; result: SearchResult }) {
  const { t } = useI18n();
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden">
        {t.search.results}
      </h2>
      <p className="list-count" role="status">
        {t.search.count(result.results.length)}
      </p>
      {result.degraded && <p className="job__degraded">{t.search.degraded(result.missing_sources.join(', '))}</p>}
      {result.index.pending > 0 && <p className="job__degraded">{t.search.pending(result.index.pending, result.index.interviews)}</p>}
      {result.index.failed > 0 && <p className="job__degraded">{t.search.failed(result.index.failed)}</p>}
      <ol className="fragments">
        {result.results.map((hit) => (
          <li key={hit.fragment_id} className="fragment">
            <div className="fragment__meta">
              <span className="search-hit__interview">{hit.interview_label}</span>
              {hit.speaker && <span className="speaker speaker--0">{hit.speaker}</span>}
            </div>
            <p className="fragment__text">
              <HighlightedText text={hit.text} spans={hit.highlights} className="match" />
            </p>
            <Link href={paths.interview(projectId, hit.interview_id, { fragment: hit.fragment_id })}>{t.search.open}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

async function loadFilters(projectId: string, signal: AbortSignal) {
  const [interviews, categories] = await Promise.all([
    api.listInterviews(projectId, 0, 100, signal),
    // The category filter is a convenience: without categories (nothing coded yet) the search still works.
    api.listCategories(projectId, signal).catch((): Category[] => []),
  ]);
  return { interviews: interviews.items, speakers: speakersOf(interviews.items), categories };
}

function speakersOf(interviews: InterviewSummary[]): string[] {
  return [...new Set(interviews.flatMap((i) => i.speakers))].sort((a, b) => a.localeCompare(b));
}
