import type { Messages } from '../i18n/messages';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: string, t: Messages): string | undefined {
  if (!value.trim()) return t.validation.required;
  return EMAIL.test(value.trim()) ? undefined : t.validation.email;
}

export function checkLength(value: string, t: Messages, { min = 0, max }: { min?: number; max: number }): string | undefined {
  if (min > 0 && !value.trim()) return t.validation.required;
  if (value.length < min) return t.validation.minLength(min);
  if (value.length > max) return t.validation.maxLength(max);
  return undefined;
}

/** Focuses the first control marked invalid, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** Messages by field; a field without a problem has none. */
export type FieldErrors<F extends string> = { [K in F]?: string | undefined };
