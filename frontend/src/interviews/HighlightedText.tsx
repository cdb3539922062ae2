import type { ReactNode } from 'react';
import type { TextSpan } from '../api/types';

/**
 * `text` with the given ranges wrapped in `<mark>`. Ranges are clipped to the text, sorted and merged, so an
 * overlapping or out-of-range span from the server cannot garble the passage.
 */
export function HighlightedText({ text, spans, className }: { text: string; spans: readonly TextSpan[]; className?: string }) {
  const ranges = normalise(spans, text.length);
  if (ranges.length === 0) {
    return <>{text}</>;
  }
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(({ start, end }, i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className={className}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function normalise(spans: readonly TextSpan[], length: number): TextSpan[] {
  const clipped = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
