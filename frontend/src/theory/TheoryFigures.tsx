import type { MouseEvent } from 'react';
import type { Claim, Consequence, EvidenceRef, Saturation, Theory } from '../api/types';
import { navigate, paths } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';

// The theory's figures are SVG drawn from the saved theory with a deterministic layout (same theory, same
// picture), each with a text alternative: the paradigm's items are links, the network and the saturation curve
// come with their tables.

const CHAR_WIDTH = 7.1; // average advance of a 13 px Inter glyph, for truncation and label boxes

function clip(text: string, width: number): string {
  const max = Math.max(4, Math.floor(width / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Word-wraps `text` into lines of at most `width` (estimated), at most `maxLines`; a word longer than a line is
 * broken, and only text beyond the last line is cut (with an ellipsis).
 */
export function wrapLines(text: string, width: number, maxLines = 3): string[] {
  const max = Math.max(4, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    let rest = word;
    while (rest.length > 0) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= max) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, max - 1) + '-');
        rest = rest.slice(max - 1);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width);
  return kept;
}

function evidenceHref(projectId: string, e: EvidenceRef | undefined): string | null {
  return e ? paths.interview(projectId, e.interview_id, { fragment: e.fragment_id, quote: { start: e.start, end: e.end } }) : null;
}

function follow(event: MouseEvent, href: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(href);
}

interface ParadigmItem {
  key: string;
  name: string;
  statement: string;
  href: string | null;
  lines?: string[];
}

interface ParadigmBox {
  key: string;
  title: string;
  items: ParadigmItem[];
  x: number;
  y: number;
  w: number;
  h: number;
}

const MAX_ITEMS = 6;
const HEAD = 34;
const ROW = 24;
const LINE = 16;

function itemHeight(item: ParadigmItem): number {
  return (item.lines?.length ?? 1) * LINE + 8;
}

/** Wraps each item's name to the box width; the box grows to hold the wrapped names. */
function boxHeight(items: ParadigmItem[], width: number): number {
  items.forEach((item) => (item.lines = wrapLines(item.name, width - 28)));
  const shown = items.slice(0, MAX_ITEMS).reduce((sum, item) => sum + itemHeight(item), 0);
  return HEAD + (items.length === 0 ? ROW : shown) + (items.length > MAX_ITEMS ? ROW : 0) + 8;
}

/** Strauss & Corbin's paradigm: causal conditions → phenomenon → strategies → consequences, framed by context and intervening conditions. */
export function ParadigmDiagram({ projectId, theory }: { projectId: string; theory: Theory }) {
  const { t } = useI18n();
  const p = theory.paradigm;
  const claimItems = (claims: Claim[], prefix: string): ParadigmItem[] =>
    claims.map((c, i) => ({
      key: `${prefix}-${c.category_id}-${i}`,
      name: c.category_name,
      statement: c.statement,
      href: evidenceHref(projectId, c.evidence[0]),
    }));
  const consequenceItems = (list: Consequence[]): ParadigmItem[] =>
    list.map((c, i) => ({ key: `consequence-${i}`, name: c.category_name, statement: c.statement, href: evidenceHref(projectId, c.evidence[0]) }));
  const phenomenon =
    p.phenomenon.length > 0
      ? claimItems(p.phenomenon, 'phenomenon')
      : [
          {
            key: 'core',
            name: theory.core_category.name,
            statement: theory.core_category.why,
            href: evidenceHref(projectId, theory.core_category.evidence[0]),
          },
        ];

  const width = 960;
  const gapY = 44;
  const col = { causal: { x: 8, w: 200 }, center: { x: 250, w: 250 }, strategies: { x: 542, w: 200 }, consequences: { x: 782, w: 170 } };
  const context: ParadigmBox = {
    key: 'context',
    title: t.theory.paradigm.context,
    items: claimItems(p.context, 'context'),
    x: col.center.x,
    y: 8,
    w: col.center.w,
    h: 0,
  };
  context.h = boxHeight(context.items, context.w);
  const core: ParadigmBox = {
    key: 'phenomenon',
    title: t.theory.paradigm.phenomenon,
    items: phenomenon,
    x: col.center.x,
    y: context.y + context.h + gapY,
    w: col.center.w,
    h: boxHeight(phenomenon, col.center.w),
  };
  const interveningItems = claimItems(p.intervening_conditions, 'intervening');
  const intervening: ParadigmBox = {
    key: 'intervening',
    title: t.theory.paradigm.intervening,
    items: interveningItems,
    x: col.center.x,
    y: core.y + core.h + gapY,
    w: col.center.w,
    h: boxHeight(interveningItems, col.center.w),
  };
  const middle = core.y + core.h / 2;
  const side = (key: string, title: string, items: ParadigmItem[], c: { x: number; w: number }): ParadigmBox => {
    const h = boxHeight(items, c.w);
    return { key, title, items, x: c.x, y: Math.max(8, middle - h / 2), w: c.w, h };
  };
  const causal = side('causal', t.theory.paradigm.causal, claimItems(p.causal_conditions, 'causal'), col.causal);
  const strategies = side('strategies', t.theory.paradigm.strategies, claimItems(p.strategies, 'strategies'), col.strategies);
  const consequences = side('consequences', t.theory.paradigm.consequences, consequenceItems(theory.consequences), col.consequences);
  const boxes = [causal, context, core, intervening, strategies, consequences];
  const height = Math.max(...boxes.map((b) => b.y + b.h)) + 8;

  const arrow = (from: ParadigmBox, to: ParadigmBox) => (
    <line
      key={`${from.key}-${to.key}`}
      className="paradigm__arrow"
      x1={from.x + from.w}
      y1={middle}
      x2={to.x - 4}
      y2={middle}
      markerEnd="url(#paradigm-arrow)"
    />
  );
  return (
    <figure className="figure">
      <svg className="paradigm" viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby="paradigm-title">
        <defs>
          <marker id="paradigm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="paradigm__arrowhead" />
          </marker>
        </defs>
        {arrow(causal, core)}
        {arrow(core, strategies)}
        {arrow(strategies, consequences)}
        <line className="paradigm__frame" x1={core.x + core.w / 2} y1={context.y + context.h} x2={core.x + core.w / 2} y2={core.y} />
        <line className="paradigm__frame" x1={core.x + core.w / 2} y1={core.y + core.h} x2={core.x + core.w / 2} y2={intervening.y} />
        {boxes.map((box) => (
          <g key={box.key} className={`paradigm__box paradigm__box--${box.key}`} role="list" aria-label={box.title}>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
            <text className="paradigm__title" x={box.x + 12} y={box.y + 22} aria-hidden="true">
              {clip(box.title, box.w - 24)}
            </text>
            {box.items.length === 0 && (
              <text className="paradigm__empty" x={box.x + 12} y={box.y + HEAD + 16}>
                {t.theory.paradigm.empty}
              </text>
            )}
            {box.items.slice(0, MAX_ITEMS).map((item, i) => {
              const y = box.y + HEAD + box.items.slice(0, i).reduce((sum, before) => sum + itemHeight(before), 0);
              const lines = item.lines ?? [item.name];
              const content = (
                <>
                  <title>{`${item.name}: ${item.statement}`}</title>
                  <rect className="paradigm__hit" x={box.x + 6} y={y} width={box.w - 12} height={itemHeight(item) - 2} rx={4} />
                  <text className="paradigm__item" x={box.x + 12} y={y + 16}>
                    {lines.map((line, j) => (
                      <tspan key={j} x={box.x + 12} dy={j === 0 ? 0 : LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </>
              );
              return item.href ? (
                <a
                  key={item.key}
                  role="listitem"
                  href={item.href}
                  aria-label={t.theory.paradigm.itemLabel(item.name, item.statement)}
                  onClick={(event) => follow(event, item.href!)}
                >
                  {content}
                </a>
              ) : (
                <g key={item.key} role="listitem" aria-label={`${item.name}: ${item.statement}`}>
                  {content}
                </g>
              );
            })}
            {box.items.length > MAX_ITEMS && (
              <text className="paradigm__empty" x={box.x + 12} y={box.y + box.h - 14}>
                {t.theory.paradigm.more(box.items.length - MAX_ITEMS)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="muted">{t.theory.paradigm.caption}</figcaption>
    </figure>
  );
}

/** Bars: new codes per interview; line: cumulative codes; the last quarter shaded when the curve has plateaued. */
export function SaturationChart({ saturation }: { saturation: Saturation }) {
  const { t } = useI18n();
  const points = saturation.curve;
  if (points.length === 0) return <p className="muted">{t.theory.saturation.empty}</p>;
  const width = 720;
  const height = 280;
  const pad = { left: 44, right: 16, top: 16, bottom: 56 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const maxY = Math.max(1, ...points.map((p) => p.cumulative_codes));
  const step = plotW / points.length;
  const xOf = (i: number) => pad.left + step * (i + 0.5);
  const yOf = (v: number) => pad.top + plotH - (plotH * v) / maxY;
  const ticks = Array.from(new Set([0, Math.round(maxY / 2), maxY]));
  const plateauFrom = Math.max(0, points.length - Math.max(1, Math.ceil(points.length / 4)));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${xOf(i).toFixed(1)} ${yOf(p.cumulative_codes).toFixed(1)}`).join(' ');
  const labelEvery = Math.max(1, Math.ceil((points.length * 70) / plotW));
  return (
    <figure className="figure">
      <svg className="saturation" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="saturation-title" aria-describedby="saturation-desc">
        <desc id="saturation-desc">{t.theory.saturation.description(points.length, points[points.length - 1]!.cumulative_codes, saturation.plateau)}</desc>
        {saturation.plateau && (
          <g className="saturation__plateau">
            <rect x={pad.left + step * plateauFrom} y={pad.top} width={step * (points.length - plateauFrom)} height={plotH} />
            <text x={pad.left + step * plateauFrom + 6} y={pad.top + 14}>
              {t.theory.saturation.plateau}
            </text>
          </g>
        )}
        {ticks.map((v) => (
          <g key={v} className="saturation__tick">
            <line x1={pad.left} x2={width - pad.right} y1={yOf(v)} y2={yOf(v)} />
            <text x={pad.left - 8} y={yOf(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect
            key={p.interview_id}
            className="saturation__bar"
            x={xOf(i) - Math.min(24, step * 0.3)}
            width={Math.min(48, step * 0.6)}
            y={yOf(p.new_codes)}
            height={pad.top + plotH - yOf(p.new_codes)}
          />
        ))}
        <path className="saturation__line" d={line} />
        {points.map((p, i) => (
          <circle key={p.interview_id} className="saturation__point" cx={xOf(i)} cy={yOf(p.cumulative_codes)} r={4} />
        ))}
        {points.map((p, i) =>
          i % labelEvery === 0 ? (
            <text key={p.interview_id} className="saturation__axis" x={xOf(i)} y={height - pad.bottom + 18} textAnchor="middle">
              {clip(p.interview_label, Math.max(40, step * labelEvery - 6))}
            </text>
          ) : null,
        )}
        <g className="saturation__legend" transform={`translate(${pad.left}, ${height - 14})`}>
          <rect x={0} y={-10} width={12} height={12} className="saturation__bar" />
          <text x={18} y={0}>
            {t.theory.saturation.newCodes}
          </text>
          <line x1={170} x2={194} y1={-4} y2={-4} className="saturation__line" />
          <text x={200} y={0}>
            {t.theory.saturation.cumulative}
          </text>
        </g>
      </svg>
      <figcaption className="muted">{saturation.plateau ? t.theory.saturation.plateauCaption : t.theory.saturation.noPlateauCaption}</figcaption>
    </figure>
  );
}
