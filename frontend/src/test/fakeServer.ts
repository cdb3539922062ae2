import { vi } from 'vitest';
import type { DomainTemplate, Project, ProjectPage, Token } from '../api/types';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => Response | Promise<Response>;

/**
 * Replaces fetch with a table of handlers keyed "METHOD /path" (no query) and records every call.
 * An unlisted call fails the test loudly instead of hanging.
 */
export function fakeServer(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const call: RecordedCall = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    if (!handler) {
      throw new Error(`unexpected request ${call.method} ${call.path}`);
    }
    return handler(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
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
    critical_dimensions: ['experiences', 'meanings'],
    metrics: ['interview coverage'],
  },
  {
    key: 'health',
    names: { en: 'Health', es: 'Salud' },
    descriptions: { en: 'Patients, carers and health services.', es: 'Pacientes, cuidadores y servicios de salud.' },
    actors: ['patients', 'carers', 'nurses'],
    critical_dimensions: ['access to care', 'adherence'],
    metrics: ['waiting time', 'readmissions'],
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
