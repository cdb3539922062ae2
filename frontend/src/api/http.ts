import { operations } from './operations';
import type { Problem } from './types';

/**
 * The operationId of a server operation, as in the OpenAPI snapshot (operations.ts is generated from it): an id the
 * server no longer has fails `tsc`.
 */
export type OperationId = keyof typeof operations;

interface OperationSpec {
  readonly method: string;
  readonly path: string;
  readonly public?: boolean;
  readonly query?: readonly string[];
  readonly form?: readonly string[];
}

/**
 * A failed call. `message` is the server's problem `detail`, shown to the researcher as it is;
 * `status` 0 means the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Server-side validation messages by snake_case field name. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, code: string, detail: string, fieldErrors: Record<string, string> = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export interface ApiHooks {
  /** The bearer token to send, or null when signed out. */
  token(): string | null;
  /** Called when the server rejects the token of a signed-in call (expired, revoked, key rotated). */
  onUnauthorized(): void;
}

let hooks: ApiHooks = { token: () => null, onUnauthorized: () => undefined };

export function configureApi(next: ApiHooks): void {
  hooks = next;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  signal?: AbortSignal;
}

export async function call<T>(id: OperationId, options: CallOptions = {}): Promise<T> {
  const operation: OperationSpec = operations[id];
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const token = operation.public ? null : hooks.token();
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  const init: RequestInit = { method: operation.method, headers };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) {
    init.signal = options.signal;
  }
  let response: Response;
  try {
    response = await fetch(url(id, operation, options), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached');
  }
  if (response.status === 401 && !operation.public) {
    hooks.onUnauthorized();
  }
  if (!response.ok) {
    throw await problemOf(response);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

/** A downloaded file with the name the server gave it (Content-Disposition). */
export interface Download {
  blob: Blob;
  filename: string | null;
}

/**
 * A call whose answer is a file rather than JSON (a GET, or a POST with a JSON `body` describing the report);
 * errors are the same `ApiError`s as `call` produces.
 */
export async function download(id: OperationId, options: Pick<CallOptions, 'params' | 'query' | 'signal' | 'body'> = {}): Promise<Download> {
  const operation: OperationSpec = operations[id];
  const headers: Record<string, string> = {};
  const token = hooks.token();
  if (token) headers.authorization = `Bearer ${token}`;
  const init: RequestInit = { method: operation.method, headers };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(url(id, operation, options), init);
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached');
  }
  if (response.status === 401) hooks.onUnauthorized();
  if (!response.ok) throw await problemOf(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? null);
  return { blob: await response.blob(), filename };
}

/**
 * Sends a file as the raw request body (application/octet-stream), for endpoints that stream it to disk (a
 * REFI-QDA import); answers are parsed like `call`'s.
 */
export async function sendFile<T>(id: OperationId, options: Pick<CallOptions, 'params' | 'query' | 'signal'> & { file: Blob }): Promise<T> {
  const operation: OperationSpec = operations[id];
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/octet-stream' };
  const token = hooks.token();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url(id, operation, options), {
      method: operation.method,
      headers,
      body: options.file,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached');
  }
  if (response.status === 401) hooks.onUnauthorized();
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

export interface UploadOptions {
  params?: Record<string, string>;
  /** Multipart fields; each name must be a property of the operation's multipart schema. */
  form: Record<string, string | Blob | undefined>;
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a multipart upload with XMLHttpRequest, the one browser API that reports upload progress.
 * Errors are the same `ApiError`s as `call` produces.
 */
export function upload<T>(id: OperationId, options: UploadOptions): Promise<T> {
  const operation: OperationSpec = operations[id];
  const body = new FormData();
  for (const [name, value] of Object.entries(options.form)) {
    if (!operation.form?.includes(name)) {
      throw new Error(`${id}: form field ${name} is not in the OpenAPI document`);
    }
    if (value !== undefined) {
      body.append(name, value);
    }
  }
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(operation.method, url(id, operation, options));
    xhr.setRequestHeader('accept', 'application/json');
    const token = operation.public ? null : hooks.token();
    if (token) {
      xhr.setRequestHeader('authorization', `Bearer ${token}`);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 401 && !operation.public) {
        hooks.onUnauthorized();
      }
      const text = xhr.responseText;
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((text ? JSON.parse(text) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'INVALID_RESPONSE', 'The server sent an unreadable answer'));
        }
        return;
      }
      const contentType = xhr.getResponseHeader('content-type') ?? '';
      reject(errorOf(xhr.status, xhr.statusText, contentType.includes('json') ? parseProblem(text) : {}));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached'));
    xhr.onabort = () => reject(new DOMException('The upload was canceled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function parseProblem(text: string): Problem {
  try {
    return JSON.parse(text) as Problem;
  } catch {
    return {};
  }
}

function url(id: OperationId, operation: OperationSpec, options: Pick<CallOptions, 'params' | 'query'>): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) {
      throw new Error(`${id}: missing path parameter ${name}`);
    }
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) {
    // a documented "attr.*" parameter admits the free-form attribute filters attr.<name>=<value>
    if (!operation.query?.includes(name) && !(name.startsWith('attr.') && operation.query?.includes('attr.*'))) {
      throw new Error(`${id}: query parameter ${name} is not in the OpenAPI document`);
    }
    query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = {};
    }
  }
  return errorOf(response.status, response.statusText, problem);
}

function errorOf(status: number, statusText: string, problem: Problem): ApiError {
  const fieldErrors: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    fieldErrors[error.field] ??= error.message;
  }
  return new ApiError(status, problem.error_code ?? `HTTP_${status}`, problem.detail ?? (statusText || `Request failed (${status})`), fieldErrors);
}
