import { vi } from 'vitest';
import type {
  AgreementCode,
  AgreementReport,
  Application,
  AutoCodeStarted,
  Category,
  Code,
  Coder,
  CoverageCounts,
  Memo,
  MemoDraftAccepted,
  ReviewItem,
  DomainTemplate,
  Fragment,
  Job,
  FragmentPage,
  InterviewPage,
  InterviewSummary,
  Project,
  ProjectPage,
  Token,
} from '../api/types';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

/**
 * Replaces fetch (and XMLHttpRequest, which uploads use for their progress) with a table of handlers keyed
 * "METHOD /path" (no query) and records every call. An unlisted call fails the test loudly instead of hanging.
 * A multipart body is recorded as an object of its fields (files as File objects).
 */
export function fakeServer(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const answer = (call: RecordedCall) => {
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    if (!handler) {
      throw new Error(`unexpected request ${call.method} ${call.path}`);
    }
    return handler(call);
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    return answer({
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('XMLHttpRequest', fakeXhr(answer));
  return { calls, fetchMock };
}

/** Just enough of XMLHttpRequest for `upload`: half-way and full progress, then the handler's answer. */
function fakeXhr(answer: (call: RecordedCall) => Response | Promise<Response>) {
  return class FakeXMLHttpRequest {
    status = 0;
    statusText = '';
    responseText = '';
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    private responseHeaders = new Headers();
    private aborted = false;

    open(method: string, url: string) {
      this.method = method.toUpperCase();
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }

    getResponseHeader(name: string): string | null {
      return this.responseHeaders.get(name);
    }

    abort() {
      this.aborted = true;
      this.onabort?.();
    }

    send(body: FormData) {
      const url = new URL(this.url, 'http://localhost');
      const fields: Record<string, FormDataEntryValue> = {};
      body.forEach((value, name) => {
        fields[name] = value;
      });
      const total = Array.from(body.values()).reduce((n, v) => n + (typeof v === 'string' ? v.length : v.size), 0);
      void (async () => {
        try {
          this.upload.onprogress?.({ lengthComputable: true, loaded: Math.floor(total / 2), total } as ProgressEvent);
          const response = await answer({ method: this.method, path: url.pathname, query: url.searchParams, headers: this.headers, body: fields });
          this.upload.onprogress?.({ lengthComputable: true, loaded: total, total } as ProgressEvent);
          if (this.aborted) return;
          this.status = response.status;
          this.statusText = response.statusText;
          this.responseHeaders = response.headers;
          this.responseText = await response.text();
          this.onload?.();
        } catch {
          this.onerror?.();
        }
      })();
    }
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, errorCode: string, detail: string, errors?: { field: string; message: string }[]): Response {
  const body = { type: `urn:theogen:error:${errorCode.toLowerCase()}`, status, detail, error_code: errorCode, ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export const templates: DomainTemplate[] = [
  {
    key: 'generic',
    names: { en: 'Generic qualitative research', es: 'Investigación cualitativa general' },
    descriptions: { en: 'No domain assumptions.', es: 'Sin supuestos de dominio.' },
    actors: ['participants', 'interviewers'],
    localized_actors: { es: ['participantes', 'entrevistadores'] },
    critical_dimensions: ['experiences', 'meanings'],
    lexicon: [],
    metrics: ['interview coverage'],
    instructions: "Stay close to the participants' own language.",
    consequence_types: ['material', 'social', 'institutional', 'psychological'],
  },
  {
    key: 'health',
    names: { en: 'Health', es: 'Salud' },
    descriptions: { en: 'Patients, carers and health services.', es: 'Pacientes, cuidadores y servicios de salud.' },
    actors: ['patients', 'carers', 'nurses'],
    localized_actors: { es: ['pacientes', 'personas cuidadoras', 'enfermeras'] },
    critical_dimensions: ['access to care', 'adherence'],
    lexicon: ['appointment', 'diagnosis', 'waiting list'],
    metrics: ['waiting time', 'readmissions'],
    instructions: 'Respect clinical uncertainty: do not infer diagnoses.',
    consequence_types: ['material', 'social', 'institutional', 'psychological', 'health'],
  },
];

export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: '5b1f6f0e-8d1c-4a53-9b8e-3c1f0f6b2a11',
    name: 'Cuidados',
    description: 'Entrevistas a cuidadoras',
    research_question: '¿Cómo se sostiene el cuidado?',
    language: 'es',
    domain_template: 'health',
    created_at: '2025-03-04T10:00:00Z',
    updated_at: '2025-03-05T11:30:00Z',
    role: 'owner',
    members: [{ user_id: token().user.id, display_name: 'Ana', role: 'owner' }],
    ...overrides,
  };
}

export function page(items: Project[], pageIndex = 0, totalItems = items.length, size = 10): ProjectPage {
  return { items, page: pageIndex, size, total_items: totalItems, total_pages: Math.ceil(totalItems / size) };
}

export function token(overrides: Partial<Token> = {}): Token {
  return {
    access_token: 'token-123',
    token_type: 'Bearer',
    expires_in: 3600,
    user: { id: 'c0a80101-0000-4000-8000-000000000001', email: 'ana@example.org', display_name: 'Ana' },
    ...overrides,
  };
}

export function interview(overrides: Partial<InterviewSummary> = {}): InterviewSummary {
  return {
    id: '7d2c1e44-1f0a-4c3e-8b77-0a9d5e6f1a01',
    project_id: '5b1f6f0e-8d1c-4a53-9b8e-3c1f0f6b2a11',
    participant: 'Marta',
    source_filename: 'marta.txt',
    format: 'txt',
    language: 'es',
    status: 'ready',
    ready: (overrides.status ?? 'ready') === 'ready',
    word_count: 1234,
    char_count: 6800,
    fragment_count: 3,
    media: null,
    transcription: null,
    spoken_language: 'es',
    spoken_language_manual: false,
    speakers: ['Entrevistadora', 'Marta'],
    has_timestamps: false,
    created_at: '2025-03-06T09:00:00Z',
    ...overrides,
  };
}

export function interviewPage(items: InterviewSummary[], pageIndex = 0, totalItems = items.length, size = 20): InterviewPage {
  return { items, page: pageIndex, size, total_items: totalItems, total_pages: Math.ceil(totalItems / size) };
}

export function fragment(ordinal: number, overrides: Partial<Fragment> = {}): Fragment {
  return {
    id: `f0000000-0000-4000-8000-00000000000${ordinal}`,
    interview_id: interview().id,
    project_id: interview().project_id,
    ordinal,
    speaker: ordinal % 2 === 0 ? 'Entrevistadora' : 'Marta',
    text: `Texto del fragmento ${ordinal}.`,
    char_start: ordinal * 100,
    char_end: ordinal * 100 + 24,
    start_ms: null,
    end_ms: null,
    highlights: [],
    ...overrides,
  };
}

export function fragmentPage(items: Fragment[], pageIndex = 0, totalItems = items.length, size = 200): FragmentPage {
  return { items, page: pageIndex, size, total_items: totalItems, total_pages: Math.max(1, Math.ceil(totalItems / size)) };
}

export function job(overrides: Partial<Job> = {}): Job {
  return {
    task_id: 'j1',
    kind: 'theory',
    status: 'running',
    step: 'build_paradigm',
    progress: 55,
    error_code: null,
    error: null,
    next_poll_seconds: 1,
    result_id: null,
    degraded: false,
    created_at: '2025-03-06T09:00:00Z',
    updated_at: '2025-03-06T09:00:05Z',
    steps: [
      { step: 'load_project', started_at: '2025-03-06T09:00:00Z', elapsed_ms: 120 },
      { step: 'build_paradigm', started_at: '2025-03-06T09:00:01Z', elapsed_ms: 2400 },
    ],
    submitted_by: token().user.id,
    outcome: {},
    warning_code: null,
    attempt: 1,
    reused: false,
    ...overrides,
  };
}

export function coder(id: string, kind: Coder['kind'], displayName: string, overrides: Partial<Coder> = {}): Coder {
  return {
    id,
    kind,
    key: kind === 'user' ? `user:${id}` : kind === 'offline' ? 'offline' : `${kind}:${id}`,
    display_name: displayName,
    applications: 6,
    codes: 3,
    fragments: 5,
    interviews: 1,
    memos: 0,
    not_relevant: 0,
    pending: 0,
    rejected: 0,
    ...overrides,
  };
}

/** One code's row of an agreement report: counts and coefficients as the server sends them (null when undefined). */
export function agreementCode(codeId: string, label: string, overrides: Partial<AgreementCode> = {}): AgreementCode {
  return {
    code_id: codeId,
    label,
    color: null,
    category_name: null,
    both: 4,
    only_a: 1,
    only_b: 1,
    neither: 14,
    units: 20,
    prevalence_a: 0.25,
    prevalence_b: 0.25,
    observed: 0.9,
    kappa: 0.73,
    alpha: 0.74,
    ac1: 0.86,
    undefined_reason: null,
    alpha_u: null,
    disagreement_count: 2,
    ...overrides,
  };
}

/** An agreement report between `a` and `b` over the given code rows, with no disagreements unless told. */
export function agreementReport(a: Coder, b: Coder, codes: AgreementCode[], overrides: Partial<AgreementReport> = {}): AgreementReport {
  return {
    coder_a: { id: a.id, display_name: a.display_name, kind: a.kind },
    coder_b: { id: b.id, display_name: b.display_name, kind: b.kind },
    unit: 'fragment',
    fragments: 20,
    codes,
    overall: {
      codes: codes.length,
      codes_with_variation: codes.filter((c) => c.kappa !== null).length,
      mean_observed: 0.9,
      mean_kappa: 0.55,
      mean_alpha: 0.56,
      mean_ac1: 0.81,
      pooled: { both: 8, only_a: 2, only_b: 3, neither: 47, units: 60, observed: 0.92, kappa: 0.7, alpha: 0.7, ac1: 0.88 },
      pooled_alpha_u: null,
    },
    disagreements: [],
    ...overrides,
  };
}

/** A code as the server lists it (every field of its CodeView): offline, ungrouped, at the top, with no criteria. */
export function codeView(id: string, label: string, overrides: Partial<Code> = {}): Code {
  return {
    id,
    project_id: project().id,
    label,
    definition: null,
    origin: 'offline',
    category_id: null,
    category_name: null,
    application_count: 1,
    fragment_count: 1,
    interviews_covered: 1,
    properties: [],
    dimensions: [],
    human_edited: false,
    created_at: '2025-03-06T09:00:00Z',
    updated_at: '2025-03-06T09:00:00Z',
    parent_id: null,
    color: null,
    inclusion_criteria: '',
    exclusion_criteria: '',
    examples: [],
    coders: [],
    ...overrides,
  };
}

/** A category as the server lists it (every field of its CategoryView): offline, without codes or relations. */
export function categoryView(id: string, name: string, overrides: Partial<Category> = {}): Category {
  return {
    id,
    project_id: project().id,
    name,
    definition: null,
    origin: 'offline',
    human_edited: false,
    code_ids: [],
    fragment_count: 0,
    relations: [],
    created_at: '2025-03-06T09:00:00Z',
    updated_at: '2025-03-06T09:00:00Z',
    ...overrides,
  };
}

/** Coverage counts as the server computes them: `fragments` are the participant ones, shares rounded to 4 decimals. */
export function coverageCounts(coded: number, notRelevant: number, examined: number, unexamined: number, interviewer = 0): CoverageCounts {
  const fragments = coded + notRelevant + examined + unexamined;
  const share = (part: number) => (fragments === 0 ? 0 : Math.round((10_000 * part) / fragments) / 10_000);
  return {
    fragments,
    coded,
    not_relevant: notRelevant,
    examined,
    unexamined,
    coded_share: share(coded),
    not_relevant_share: share(notRelevant),
    examined_share: share(examined),
    unexamined_share: share(unexamined),
    interviewer_fragments: interviewer,
  };
}

/** A memo as the server lists it (every field of its MemoView): Ana's, about nothing in particular unless told. */
export function memoView(id: string, overrides: Partial<Memo> = {}): Memo {
  return {
    id,
    project_id: project().id,
    interview_id: null,
    code_id: null,
    category_id: null,
    theory_id: null,
    title: null,
    body: '',
    created_at: '2025-03-06T09:00:00Z',
    updated_at: '2025-03-06T09:00:00Z',
    coder_id: token().user.id,
    author_kind: 'user',
    author_name: 'Ana',
    citations: [],
    ...overrides,
  };
}

/** A code Ana applied by hand (the 201 of `POST /api/fragments/{id}/codes`): `quote` is the fragment's text at the offsets. */
export function application(id: string, codeId: string, fragmentId: string, quote: string, start: number, overrides: Partial<Application> = {}): Application {
  return {
    id,
    code_id: codeId,
    fragment_id: fragmentId,
    interview_id: interview().id,
    quote,
    quote_start: start,
    quote_end: start + quote.length,
    confidence: 1,
    origin: 'human',
    coder_id: token().user.id,
    ...overrides,
  };
}

/** The 202 of an auto-code request: a new job, pending (the job's counts come once it completed). */
export function autoCodeStarted(taskId: string): AutoCodeStarted {
  return {
    task_id: taskId,
    kind: 'auto_code',
    status: 'pending',
    step: null,
    progress: 0,
    error_code: null,
    error: null,
    next_poll_seconds: 1,
    degraded: false,
    attempt: 0,
    created_at: '2025-03-06T09:00:00Z',
    updated_at: '2025-03-06T09:00:00Z',
    coded_fragments: null,
    skipped_fragments: null,
    failed_batches: null,
    warning_code: null,
    reused: false,
    outcome: {},
    codes_without_definition: null,
    compare_with: null,
  };
}

/** The 202 of a memo drafting request: a new job, pending. */
export function memoDraftAccepted(taskId: string): MemoDraftAccepted {
  return {
    task_id: taskId,
    kind: 'memo_draft',
    status: 'pending',
    next_poll_seconds: 1,
    reused: false,
    status_url: `/api/projects/${project().id}/jobs/${taskId}`,
  };
}

/** A machine application in the review queue: `quote` is found in `text`, which is the whole fragment. */
export function reviewItem(id: string, text: string, quote: string, overrides: Partial<ReviewItem> = {}): ReviewItem {
  const start = text.indexOf(quote);
  return {
    id,
    code_id: 'c1',
    code_label: 'turno de noche',
    code_color: '#E06C75',
    fragment_id: `f-${id}`,
    interview_id: 'i1',
    participant: 'Marta',
    fragment_ordinal: 1,
    speaker: 'Marta',
    fragment_text: text,
    quote,
    quote_start: start,
    quote_end: start + quote.length,
    confidence: 0.6,
    origin: 'offline',
    coder_id: 'o1',
    coder_name: 'Offline analyst',
    coder_kind: 'offline',
    review_state: 'pending',
    reviewed_at: null,
    ...overrides,
  };
}
