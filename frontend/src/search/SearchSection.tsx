import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Category, Code, InterviewSummary, SearchQuery, SearchResult } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { Field } from '../ui/Field';
import { useResource } from '../ui/hooks';
import { valuesByVariable } from '../matrices/AttributeFilter';
import type { CodeChoice } from './BulkCodeBar';
import { SearchResults } from './SearchResults';

/** Search across every fragment of the project (meaning and words), with filters, each hit linking to its place. */
export function SearchSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [filters] = useResource(`search-filters:${projectId}`, (signal) => loadFilters(projectId, signal));
  const [query, setQuery] = useState<Required<Omit<SearchQuery, 'limit' | 'filters'>>>({
    q: '',
    speaker: '',
    category: '',
    interview: '',
    exclude_interviewer: false,
  });
  // One attribute filter, as on the matrices: only interviews whose attribute has this value.
  const [attribute, setAttribute] = useState({ name: '', value: '' });
  const [result, setResult] = useState<
    { status: 'idle' } | { status: 'busy' } | { status: 'done'; data: SearchResult; run: number } | { status: 'error'; error: unknown }
  >({ status: 'idle' });
  const [missing, setMissing] = useState(false);
  // Codes created from the results stay known to later searches (the codebook was read when the page opened).
  const [created, setCreated] = useState<CodeChoice[]>([]);
  const options = filters.status === 'ready' ? filters.data : { interviews: [], speakers: [], categories: [], codes: [], attributes: {} };
  const attributeNames = Object.keys(options.attributes);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.q.trim()) {
      setMissing(true);
      return;
    }
    setResult({ status: 'busy' });
    try {
      const data = await api.searchProject(projectId, {
        ...query,
        q: query.q.trim(),
        ...(attribute.name && attribute.value ? { filters: { [attribute.name]: attribute.value } } : {}),
      });
      setResult((current) => ({ status: 'done', data, run: (current.status === 'done' ? current.run : 0) + 1 }));
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
          <FilterSelect
            label={t.search.interview}
            value={query.interview}
            all={t.search.allInterviews}
            onChange={(interview) => set({ interview })}
            options={options.interviews.map((i) => [i.id, i.participant])}
          />
          <FilterSelect
            label={t.search.speaker}
            value={query.speaker}
            all={t.search.allSpeakers}
            onChange={(speaker) => set({ speaker })}
            options={options.speakers.map((s) => [s, s])}
          />
          {options.categories.length > 0 && (
            <FilterSelect
              label={t.search.category}
              value={query.category}
              all={t.search.allCategories}
              onChange={(category) => set({ category })}
              options={options.categories.map((c) => [c.id, c.name])}
            />
          )}
          {attributeNames.length > 0 && (
            <FilterSelect
              label={t.matrices.filterAttribute}
              value={attribute.name}
              all={t.matrices.anyAttribute}
              onChange={(name) => setAttribute({ name, value: name ? (options.attributes[name]?.[0] ?? '') : '' })}
              options={attributeNames.map((n) => [n, n])}
            />
          )}
          {attribute.name && (
            <FilterSelect
              label={t.matrices.filterValue}
              value={attribute.value}
              all={t.matrices.anyValue}
              onChange={(value) => setAttribute((current) => ({ ...current, value }))}
              options={(options.attributes[attribute.name] ?? []).map((v) => [v, v])}
            />
          )}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={query.exclude_interviewer} onChange={(e) => set({ exclude_interviewer: e.target.checked })} />
          {t.search.excludeInterviewer}
        </label>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={result.status === 'busy'}>
            {result.status === 'busy' ? t.search.searching : t.search.submit}
          </button>
        </div>
      </form>
      {result.status === 'error' && <ErrorNotice message={errorText(result.error, t)} />}
      {result.status === 'done' && (
        <SearchResults
          key={result.run}
          projectId={projectId}
          result={result.data}
          codes={[...options.codes, ...created]}
          onCodeCreated={(code) => setCreated((list) => [...list, code])}
        />
      )}
    </div>
  );
}

function FilterSelect({
  label,
  value,
  all,
  options,
  onChange,
}: {
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

async function loadFilters(projectId: string, signal: AbortSignal) {
  const [interviews, categories, codes, attributes] = await Promise.all([
    api.listInterviews(projectId, 0, 100, signal),
    // The category filter is a convenience: without categories (nothing coded yet) the search still works.
    api.listCategories(projectId, signal).catch((): Category[] => []),
    // The codes name the hits' chips and fill the code picker; the search works without them.
    api.listCodes(projectId, { sort: 'label', page: 0, size: 500 }, signal).then(
      (page) => page.items,
      (): Code[] => [],
    ),
    // Case attributes filter the interviews searched (attr.<name>=<value>); without them there is no such filter.
    api.getAttributeTable(projectId, signal).then(valuesByVariable, () => ({}) as Record<string, string[]>),
  ]);
  return { interviews: interviews.items, speakers: speakersOf(interviews.items), categories, codes, attributes };
}

function speakersOf(interviews: InterviewSummary[]): string[] {
  return [...new Set(interviews.flatMap((i) => i.speakers))].sort((a, b) => a.localeCompare(b));
}
