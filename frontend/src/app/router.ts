import { useSyncExternalStore } from 'react';

/** Sections of a project page; add one here, in `projectSections` and in ProjectPage when its API lands. */
export type ProjectSection = 'overview';

export type Route =
  | { name: 'signIn'; next: string | null }
  | { name: 'register'; next: string | null }
  | { name: 'projects'; page: number }
  | { name: 'newProject' }
  | { name: 'project'; projectId: string; section: ProjectSection }
  | { name: 'editProject'; projectId: string }
  | { name: 'notFound' };

export const paths = {
  signIn: (next?: string) => withNext('/sign-in', next),
  register: (next?: string | null) => withNext('/register', next ?? undefined),
  projects: (page = 1) => (page > 1 ? `/projects?page=${page}` : '/projects'),
  newProject: () => '/projects/new',
  project: (projectId: string, section: ProjectSection = 'overview') =>
    section === 'overview' ? `/projects/${encodeURIComponent(projectId)}` : `/projects/${encodeURIComponent(projectId)}/${section}`,
  editProject: (projectId: string) => `/projects/${encodeURIComponent(projectId)}/edit`,
};

const SECTIONS: readonly ProjectSection[] = ['overview'];

export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, ...rest] = parts;
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
    const page = Number.parseInt(query.get('page') ?? '1', 10);
    return { name: 'projects', page: Number.isFinite(page) && page > 0 ? page : 1 };
  }
  if (second === 'new' && third === undefined) {
    return { name: 'newProject' };
  }
  if (third === undefined) {
    return { name: 'project', projectId: second, section: 'overview' };
  }
  if (third === 'edit') {
    return { name: 'editProject', projectId: second };
  }
  const section = SECTIONS.find((s) => s === third);
  return section ? { name: 'project', projectId: second, section } : { name: 'notFound' };
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
