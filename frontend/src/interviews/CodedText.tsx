import type { CSSProperties, ReactNode } from 'react';
import type { SpanApplication, TextSpan } from '../api/types';
import { codeColor } from './codeColors';

/** Height of one code's underline band, in pixels; overlapping codes stack their bands. */
const BAND = 2;

interface CodedTextProps {
  text: string;
  /** Applications of this fragment to paint, in any order; offsets into `text`. */
  applications: readonly SpanApplication[];
  /** Other marks over the text (a linked quote, search matches, the span being coded), drawn as `<mark>`. */
  marks?: readonly TextSpan[];
  markClass?: string;
  /** The application whose details are open: its span is outlined. */
  activeId?: string | null;
}

/**
 * A fragment's text with its coded spans painted in their codes' colours. The text is cut at every span boundary;
 * each piece gets the tint of the narrowest code over it and one underline band per code, so overlaps stay
 * visible (two codes over the same words show two bands). Offsets are not changed: the text content is the
 * fragment's text, verbatim, which the selection offsets rely on.
 */
export function CodedText({ text, applications, marks = [], markClass = 'quote', activeId = null }: CodedTextProps) {
  const spans = applications.map((a) => ({ a, start: Math.max(0, a.quote_start), end: Math.min(text.length, a.quote_end) })).filter((s) => s.end > s.start);
  const marked = marks.map((m) => ({ start: Math.max(0, m.start), end: Math.min(text.length, m.end) })).filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (const m of marked) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((x, y) => x - y);
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const over = spans
      .filter((s) => s.start <= from && s.end >= to)
      .sort((x, y) => x.end - x.start - (y.end - y.start) || x.a.code_label.localeCompare(y.a.code_label));
    let node: ReactNode = piece;
    if (over.length > 0) {
      const colours = over.map((s) => codeColor(s.a.code_id, s.a.code_color));
      const style: CSSProperties = {
        backgroundColor: tint(colours[0]!),
        boxShadow: colours.map((c, n) => `inset 0 -${BAND * (n + 1)}px 0 ${c}`).join(', '),
        paddingBottom: `${BAND * (over.length - 1)}px`,
      };
      const active = activeId !== null && over.some((s) => s.a.id === activeId);
      node = (
        <span
          key={`c${from}`}
          className={['coded', over.length > 1 ? 'coded--overlap' : '', active ? 'coded--active' : ''].filter(Boolean).join(' ')}
          style={style}
          data-codes={over.map((s) => s.a.code_label).join(' | ')}
          title={over.map((s) => s.a.code_label).join(' · ')}
        >
          {piece}
        </span>
      );
    }
    if (marked.some((m) => m.start <= from && m.end >= to)) {
      node = (
        <mark key={`m${from}`} className={markClass}>
          {node}
        </mark>
      );
    }
    parts.push(node);
  }
  return <>{parts}</>;
}

/** `#RRGGBB` at 22% opacity, for the background of coded words. */
export function tint(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0.22)`;
}
