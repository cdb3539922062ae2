import { ApiError } from '../api/http';
import type { Messages } from '../i18n/messages';

/** What to tell the researcher about a failure: the server's detail, or why there is none. */
export function errorText(error: unknown, t: Messages): string {
  if (error instanceof ApiError) {
    return error.status === 0 ? t.errors.network : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Server validation messages for the given form fields (snake_case names as in the API). */
export function serverFieldErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  if (error instanceof ApiError) {
    for (const field of fields) {
      const message = error.fieldErrors[field];
      if (message) {
        result[field] = message;
      }
    }
  }
  return result;
}
