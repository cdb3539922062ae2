import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { api } from '../api/client';
import type { CentralityRow, NetworkFigure, NetworkFigureNode, Theory } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';
import { CategoryEvidence } from './CategoryEvidence';
import { PARADIGM_ROLES, paradigmRoles, type ParadigmRole } from './paradigmRoles';

type Point = { x: number; y: number };

/** Which way the tooltip extends from its node, so it stays inside the figure near either edge. */
function side(share: number): 'start' | 'middle' | 'end' {
  return share < 0.3 ? 'start' : share > 0.7 ? 'end' : 'middle';
}

/**
 * The category network at the positions the exports draw it (the server's layout engine, docs/adr/033): nodes
 * coloured by their role in the paradigm, the core marked; hover or focus for counts, click or Enter for the
 * category's evidence, drag to move a node (for this view only).
 */
export function TheoryNetwork({ projectId, theory }: { projectId: string; theory: Theory }) {
  const { t } = useI18n();
  const empty = theory.network_summary.centrality.length === 0;
  const [figure, reload] = useResource(`network-layout:${theory.id}`, (signal) =>
    empty ? Promise.resolve(null) : api.getNetworkLayout(projectId, theory.id, signal),
  );
  if (empty) return <p className="muted">{t.theory.network.empty}</p>;
  if (figure.status === 'loading') return <Loading />;
  if (figure.status === 'error') return <ErrorNotice message={errorText(figure.error, t)} onRetry={reload} />;
  return figure.data ? <InteractiveNetwork projectId={projectId} theory={theory} figure={figure.data} /> : null;
}

function InteractiveNetwork({ projectId, theory, figure }: { projectId: string; theory: Theory; figure: NetworkFigure }) {
  const { t } = useI18n();
  const rows = new Map(theory.network_summary.centrality.map((r) => [r.name, r]));
  const roles = paradigmRoles(theory);
  const [moved, setMoved] = useState<Record<string, Point>>({});
  const [hover, setHover] = useState<string | null>(null);
  const [open, setOpen] = useState<CentralityRow | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ name: string; from: Point; offset: Point; dragged: boolean } | null>(null);
  const justDragged = useRef(false);
  const at = (node: NetworkFigureNode): Point => moved[node.category] ?? { x: node.x, y: node.y };
  const byName = new Map(figure.nodes.map((n) => [n.category, n]));
  const role = (name: string): ParadigmRole => roles.get(name) ?? 'other';
  const radius = (node: NetworkFigureNode) => node.radius * (role(node.category) === 'other' ? 0.8 : 1);
  const maxShared = Math.max(1, ...theory.network_summary.co_occurrence.map((e) => e.shared_fragments));
  const lineHeight = figure.font_size * 1.2;

  const toFigure = (event: PointerEvent): Point => {
    const matrix = svg.current?.getScreenCTM?.();
    if (!matrix) return { x: event.clientX, y: event.clientY };
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: p.x, y: p.y };
  };
  const down = (event: PointerEvent, node: NetworkFigureNode) => {
    if (event.button !== 0) return;
    const p = toFigure(event);
    const c = at(node);
    drag.current = { name: node.category, from: p, offset: { x: c.x - p.x, y: c.y - p.y }, dragged: false };
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
  };
  const move = (event: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const p = toFigure(event);
    if (!d.dragged && Math.hypot(p.x - d.from.x, p.y - d.from.y) < 4) return;
    d.dragged = true;
    const x = Math.max(0, Math.min(figure.width, p.x + d.offset.x));
    const y = Math.max(0, Math.min(figure.height, p.y + d.offset.y));
    setMoved((current) => ({ ...current, [d.name]: { x, y } }));
  };
  const up = () => {
    justDragged.current = drag.current?.dragged ?? false;
    drag.current = null;
  };
  const choose = (name: string) => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    const row = rows.get(name);
    if (row) setOpen(row);
  };
  const key = (event: KeyboardEvent, name: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(name);
    }
  };
  const hovered = hover ? byName.get(hover) : undefined;
  const hoveredRow = hover ? rows.get(hover) : undefined;
  return (
    <figure className="figure network-figure">
      <div className="network-figure__canvas">
        <svg
          ref={svg}
          className="network"
          viewBox={`0 0 ${figure.width} ${figure.height}`}
          role="group"
          aria-labelledby="network-title"
          aria-describedby="network-desc"
          onPointerMove={move}
          onPointerUp={up}
          onPointerCancel={up}
        >
          <desc id="network-desc">{t.theory.network.description(theory.network_summary.categories, theory.network_summary.co_occurrence.length)}</desc>
          {theory.network_summary.co_occurrence.map((edge) => {
            const a = byName.get(edge.name_a);
            const b = byName.get(edge.name_b);
            if (!a || !b) return null;
            const [pa, pb] = [at(a), at(b)];
            const near = hover === edge.name_a || hover === edge.name_b;
            return (
              <line
                key={`${edge.category_a}-${edge.category_b}`}
                className={near ? 'network__edge network__edge--near' : 'network__edge'}
                x1={pa.x}
                y1={pa.y}
                x2={pb.x}
                y2={pb.y}
                strokeWidth={2 + (8 * edge.shared_fragments) / maxShared}
              />
            );
          })}
          {figure.nodes.map((node) => {
            const p = at(node);
            const row = rows.get(node.category);
            const r = role(node.category);
            return (
              <g
                key={node.category}
                className={`network__node network__node--${r}${open?.name === node.category ? ' network__node--open' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={
                  row
                    ? t.theory.network.nodeLabel(node.category, t.theory.network.roles[r], row.code_count, row.fragment_count, row.interview_count)
                    : node.category
                }
                onPointerDown={(event) => down(event, node)}
                onClick={() => choose(node.category)}
                onKeyDown={(event) => key(event, node.category)}
                onPointerEnter={() => setHover(node.category)}
                onPointerLeave={() => setHover((h) => (h === node.category ? null : h))}
                onFocus={() => setHover(node.category)}
                onBlur={() => setHover((h) => (h === node.category ? null : h))}
              >
                <circle cx={p.x} cy={p.y} r={radius(node)} />
                {node.core && <circle className="network__core-ring" cx={p.x} cy={p.y} r={radius(node) + 6} />}
                <text className="network__label" x={p.x} y={p.y + node.label.y - node.y} fontSize={figure.font_size} textAnchor="middle">
                  {node.lines.map((line, i) => (
                    <tspan key={i} x={p.x} dy={i === 0 ? lineHeight * 0.85 : lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
        {hovered && hoveredRow && (
          <div
            className={`network-tooltip network-tooltip--${side(at(hovered).x / figure.width)}`}
            role="tooltip"
            style={{ left: `${(at(hovered).x / figure.width) * 100}%`, top: `${((at(hovered).y - radius(hovered)) / figure.height) * 100}%` }}
          >
            <strong>{hovered.category}</strong>
            <span>{t.theory.network.roles[role(hovered.category)]}</span>
            <span>{t.theory.network.tooltipCounts(hoveredRow.code_count, hoveredRow.fragment_count, hoveredRow.interview_count)}</span>
          </div>
        )}
      </div>
      <ul className="network-legend" aria-label={t.theory.network.legend}>
        {PARADIGM_ROLES.filter((r) => figure.nodes.some((n) => role(n.category) === r)).map((r) => (
          <li key={r}>
            <span className={`network-legend__swatch network__node--${r}`} aria-hidden="true" />
            {t.theory.network.roles[r]}
          </li>
        ))}
      </ul>
      <figcaption className="muted">
        {t.theory.network.caption} {t.theory.network.interaction}
        {Object.keys(moved).length > 0 && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => setMoved({})}>
              {t.theory.network.resetLayout}
            </button>
          </>
        )}
      </figcaption>
      {open && <CategoryEvidence key={open.category_id} projectId={projectId} category={open} onClose={() => setOpen(null)} />}
    </figure>
  );
}
