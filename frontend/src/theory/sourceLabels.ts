import type { Messages } from '../i18n/messages';

/** Words the server sends as codes (offline, server, staged …) in the UI language; anything else (model names) as sent. */
export function sourceLabel(t: Messages, value: string): string {
  return t.theory.sources[value] ?? value;
}
