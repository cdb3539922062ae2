import { useSyncExternalStore } from 'react';

/** Sections of a project page; add one here, in `projectSections` and in ProjectPage when its API lands. */
export type ProjectSection = 'overview' | 'interviews' | 'coding' | 'theory' | 'search' | 'agreement' | 'members' | 'review' | 'matrices' | 'attributes';

/**
 * Where the transcript viewer opens: a fragment to jump to (and a quote span within its text to mark), or a
 * search within the transcript. Evidence anywhere in the dashboard links here with `fragment` and `quote`.
 */
export interface TranscriptView {
  fragment?: string | null;
  quote?: { start: number; end: number } | null;
  q?: string | null;
  speaker?: string | null;
}

/** The two coders an agreement page compares (`?a=<coder id>&b=<coder id>`); either may be missing. */
export interface AgreementPair {
  a: string | null;
  b: string | null;
}

export type Route =
  | { name: 'signIn'; next: string | null }
  | { name: 'register'; next: string | null }
  | { name: 'projects'; page: number }
  | { name: 'newProject' }
  | { name: 'project'; projectId: string; section: ProjectSection; page?: number; coders?: AgreementPair }
  | { name: 'editProject'; projectId: string }
  | ({ name: 'interview'; projectId: string; interviewId: string } & Required<TranscriptView>)
  | { name: 'notFound' };

export const paths = {
  signIn: (next?: string) => withNext('/sign-in', next),
  register: (next?: string | null) => withNext('/register', next ?? undefined),
  projects: (page = 1) => (page > 1 ? `/projects?page=${page}` : '/projects'),
  newProject: () => '/projects/new',
  project: (projectId: string, section: ProjectSection = 'overview', page = 1) =>
    (section === 'overview' ? `/projects/${encodeURIComponent(projectId)}` : `/projects/${encodeURIComponent(projectId)}/${section}`) +
    (page > 1 ? `?page=${page}` : ''),
  /** The agreement page, comparing coders `a` and `b` when given (coder ids as `GET …/coders` lists them). */
  agreement: (projectId: string, a?: string | null, b?: string | null) => {
    const query = new URLSearchParams();
    if (a) query.set('a', a);
    if (b) query.set('b', b);
    const search = query.toString();
    return `/projects/${encodeURIComponent(projectId)}/agreement${search ? `?${search}` : ''}`;
  },
  editProject: (projectId: string) => `/projects/${encodeURIComponent(projectId)}/edit`,
  interview: (projectId: string, interviewId: string, view: TranscriptView = {}) => {
    const query = new URLSearchParams();
    if (view.fragment) query.set('fragment', view.fragment);
    if (view.quote) query.set('quote', `${view.quote.start}-${view.quote.end}`);
    if (view.q) query.set('q', view.q);
    if (view.speaker) query.set('speaker', view.speaker);
    const search = query.toString();
    return `/projects/${encodeURIComponent(projectId)}/interviews/${encodeURIComponent(interviewId)}${search ? `?${search}` : ''}`;
  },
};

const SECTIONS: readonly ProjectSection[] = [
  'overview',
  'interviews',
  'coding',
  'theory',
  'search',
  'agreement',
  'members',
  'review',
  'matrices',
  'attributes',
];

export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth, ...rest] = parts;
  if (rest.length > 0) {
    return { name: 'notFound' };
  }
  if (first === undefined) {
    return { name: 'projects', page: 1 };
  }
  if (first === 'sign-in' && second === undefined) {
    return { name: 'signIn', next: safeNext(query.get('next')) };
  }
  if (first === 'register' && second === undefined) {
    return { name: 'register', next: safeNext(query.get('next')) };
  }
  if (first !== 'projects') {
    return { name: 'notFound' };
  }
  if (second === undefined) {
    return { name: 'projects', page: pageNumber(query) };
  }
  if (second === 'new' && third === undefined) {
    return { name: 'newProject' };
  }
  if (third === undefined) {
    return { name: 'project', projectId: second, section: 'overview' };
  }
  if (third === 'interviews' && fourth !== undefined) {
    return { name: 'interview', projectId: second, interviewId: fourth, ...transcriptView(query) };
  }
  if (fourth !== undefined) {
    return { name: 'notFound' };
  }
  if (third === 'edit') {
    return { name: 'editProject', projectId: second };
  }
  const section = SECTIONS.find((s) => s === third);
  if (section === 'interviews') {
    return { name: 'project', projectId: second, section, page: pageNumber(query) };
  }
  if (section === 'agreement') {
    return { name: 'project', projectId: second, section, coders: { a: query.get('a') || null, b: query.get('b') || null } };
  }
  return section ? { name: 'project', projectId: second, section } : { name: 'notFound' };
}

function pageNumber(query: URLSearchParams): number {
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/** `?fragment=<id>&quote=<start>-<end>&q=…&speaker=…`; `#fragment-<id>` is read by the viewer itself. */
function transcriptView(query: URLSearchParams): Required<TranscriptView> {
  const quote = /^(\d+)-(\d+)$/.exec(query.get('quote') ?? '');
  const start = quote ? Number(quote[1]) : 0;
  const end = quote ? Number(quote[2]) : 0;
  return {
    fragment: query.get('fragment') || null,
    quote: quote && end > start ? { start, end } : null,
    q: query.get('q')?.trim() || null,
    speaker: query.get('speaker') || null,
  };
}

/** Routes a signed-out visitor may see. */
export function isPublic(route: Route): boolean {
  return route.name === 'signIn' || route.name === 'register';
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

function withNext(path: string, next: string | undefined): string {
  return next && next !== '/' ? `${path}?next=${encodeURIComponent(next)}` : path;
}

const NAVIGATE_EVENT = 'theogen:navigate';

/** A one-shot message carried to the next page in the history entry's state. */
export interface Notice {
  text: string;
  tone: 'success' | 'info';
}

interface NavigationState {
  notice?: Notice;
}

export function navigate(href: string, options: { replace?: boolean; notice?: Notice } = {}): void {
  const state: NavigationState = options.notice ? { notice: options.notice } : {};
  if (options.replace) {
    window.history.replaceState(state, '', href);
  } else {
    window.history.pushState(state, '', href);
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query; re-renders on every navigation. */
export function useLocationHref(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

export function currentNotice(): Notice | null {
  const state = window.history.state as NavigationState | null;
  return state?.notice ?? null;
}
