import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceRef, Theory } from '../api/types';
import { fakeServer, json, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { layoutNetwork } from './TheoryFigures';

const ID = project().id;

const ref = (fragment: string, quote: string): EvidenceRef => ({
  fragment_id: fragment,
  interview_id: 'i1',
  interview_label: 'Marta',
  speaker: 'Marta',
  quote,
  start: 0,
  end: quote.length,
});

const claim = (id: string, name: string) => ({ category_id: id, category_name: name, statement: `${name} matters`, evidence: [ref(`f-${id}`, name)] });

function theory(overrides: Partial<Theory> = {}): Theory {
  return {
    id: 't1',
    version: 2,
    created_at: '2025-01-01T00:00:00Z',
    generated_by: 'offline',
    degraded: false,
    readiness_score: 64,
    core_category: { name: 'Sostener el cuidado', definition: null, why: 'Most central', evidence: [ref('f1', 'Cuido')] },
    propositions: [],
    consequences: [{ category_name: 'Agotamiento', statement: 'Carers burn out', type: 'material', horizon: 'long_term', evidence: [ref('f9', 'cansada')] }],
    gaps: [
      { kind: 'THIN_EVIDENCE', category_name: 'Redes', description: 'Only one quote', severity: 'low' },
      { kind: 'NOT_SATURATED', category_name: null, description: 'Still new codes', severity: 'high' },
    ],
    evidence_coverage: { claims: 4, claims_with_evidence: 4, ratio: 1 },
    validation: { evidence_checked: 5, verified: 5, not_verbatim: 0, unknown_fragment: 0, wrong_category: 0, claims_repaired: 0, unsupported_claims: [] },
    paradigm: {
      phenomenon: [claim('k1', 'Sostener el cuidado')],
      causal_conditions: [claim('k2', 'Turnos de noche')],
      context: [claim('k3', 'Hogar')],
      intervening_conditions: [],
      strategies: [claim('k4', 'Pedir ayuda')],
    },
    sampling_plan: [{ actor: 'Night nurses', focus: 'Shift handovers', questions: ['Who covers you?'], category_ids: ['k2'] }],
    saturation: {
      curve: [
        { interview_id: 'i1', interview_label: 'Marta', new_codes: 6, cumulative_codes: 6 },
        { interview_id: 'i2', interview_label: 'Luis', new_codes: 3, cumulative_codes: 9 },
        { interview_id: 'i3', interview_label: 'Ana', new_codes: 0, cumulative_codes: 9 },
      ],
      plateau: true,
      model_readiness: null,
      model_assessment: null,
    },
    network_summary: {
      categories: 3,
      codes: 9,
      fragments: 12,
      interviews: 3,
      centrality: [
        { category_id: 'k1', name: 'Sostener el cuidado', code_count: 4, fragment_count: 8, interview_count: 3, interview_coverage: 1, degree: 2, weighted_degree: 5, page_rank: 0.5 },
        { category_id: 'k2', name: 'Turnos de noche', code_count: 3, fragment_count: 4, interview_count: 2, interview_coverage: 0.67, degree: 1, weighted_degree: 3, page_rank: 0.3 },
        { category_id: 'k4', name: 'Pedir ayuda', code_count: 2, fragment_count: 3, interview_count: 1, interview_coverage: 0.33, degree: 1, weighted_degree: 2, page_rank: 0.2 },
      ],
      co_occurrence: [
        { category_a: 'k1', name_a: 'Sostener el cuidado', category_b: 'k2', name_b: 'Turnos de noche', shared_fragments: 3 },
        { category_a: 'k1', name_a: 'Sostener el cuidado', category_b: 'k4', name_b: 'Pedir ayuda', shared_fragments: 2 },
      ],
    },
    manifest: {
      route: 'staged',
      provider: 'offline',
      access: 'offline',
      template: 'generic',
      attempt: 1,
      stages: [{ stage: 'paradigm', generated_by: 'offline', model: [], prompts: [], elapsed_ms: 1500, input_tokens: 0, output_tokens: 0, requests: 0, retries: 0, repaired: false }],
      budget_trims: [{ stage: 'paradigm', step: 'drop_quotes', applications: 1, tokens_before: 9000, tokens_after: 6000 }],
      input_hashes: { fragments: 'ab12', codebook: 'cd34' },
    },
    ...overrides,
  };
}

function server(answer: () => Response, exports: () => Response = () => json([])) {
  return fakeServer({
    [`GET /api/projects/${ID}/exports`]: exports,
    [`GET /api/projects/${ID}/exports/e1/download`]: () => new Response('%PDF', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/jobs`]: () => json([]),
    [`GET /api/projects/${ID}/theories`]: () =>
      json({
        items: [{ id: 't1', version: 2, created_at: '2025-01-01T00:00:00Z', central_category: 'Sostener el cuidado', readiness_score: 64, evidence_coverage: 1, generated_by: 'offline', degraded: false }],
        page: 0,
        size: 50,
        total_items: 1,
        total_pages: 1,
      }),
    [`GET /api/projects/${ID}/theories/t1`]: answer,
  });
}

describe('theory viewer', { timeout: 20_000 }, () => {
  it('draws the paradigm with every category linking to its evidence quote', async () => {
    server(() => json(theory()));
    renderApp(`/projects/${ID}/theory`);

    const diagram = await screen.findByRole('group', { name: 'Paradigm model' });
    const causes = within(diagram).getByRole('list', { name: 'Causal conditions' });
    const link = within(causes).getByRole('listitem', { name: /Turnos de noche: Turnos de noche matters/ });
    expect(link).toHaveAttribute('href', `/projects/${ID}/interviews/i1?fragment=f-k2&quote=0-15`);
    expect(within(diagram).getByRole('list', { name: 'Consequences' })).toHaveTextContent('Agotamiento');
    expect(within(diagram).getByRole('list', { name: 'Intervening conditions' })).toHaveTextContent('None found');
  });

  it('shows the network with its tables, the saturation plateau, gaps by severity, the sampling plan and the manifest', async () => {
    server(() => json(theory()));
    renderApp(`/projects/${ID}/theory`);

    const network = await screen.findByRole('region', { name: 'Category network' });
    expect(within(network).getByRole('img')).toHaveAccessibleDescription(/3 categories, 2 co-occurrence links/);
    expect(within(network).getByRole('table', { name: 'Centrality' })).toHaveTextContent('Sostener el cuidado483 (100%)25.00.500');
    expect(within(network).getByRole('table', { name: 'Co-occurrence' })).toHaveTextContent('Turnos de noche3');

    const saturation = screen.getByRole('region', { name: 'Saturation' });
    expect(within(saturation).getByRole('img')).toHaveAccessibleDescription(/3 interviews, 9 codes in all; the curve has reached a plateau/);
    expect(within(saturation).getByText('Plateau')).toBeInTheDocument();

    const gaps = screen.getByRole('region', { name: 'Gaps' });
    const items = within(gaps).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('High Still new codes');
    expect(items[1]).toHaveTextContent('Low Redes: Only one quote');
    expect(within(gaps).getByText('Night nurses')).toBeInTheDocument();
    expect(within(gaps).getByText('Who covers you?')).toBeInTheDocument();

    const manifest = screen.getByRole('region', { name: 'How this version was made' });
    expect(manifest).toHaveTextContent('0 tokens, 1.5 s');
    await userEvent.click(within(manifest).getByText(/Stages, prompts/));
    expect(within(manifest).getByRole('table', { name: 'Budget trims' })).toHaveTextContent('drop_quotes190006000');
    expect(within(manifest).getByText('ab12')).toBeVisible();
  });

  it('lists the claims left out for lack of evidence apart from the theory, and says how many were repaired', async () => {
    const base = theory();
    server(() =>
      json(
        theory({
          validation: {
            ...base.validation,
            claims_repaired: 2,
            unsupported_claims: [
              { component: 'strategies', category_ids: [], statement: 'Neighbours keep watch', reason: 'unknown_category', evidence_dropped: 2 },
            ],
          },
        }),
      ),
    );
    renderApp(`/projects/${ID}/theory`);

    const left = await screen.findByText('1 claim left out for lack of evidence');
    const details = left.closest('details') as HTMLElement;
    expect(within(details).getByText('Neighbours keep watch')).toBeInTheDocument();
    expect(within(details).getByText('Strategies: it names no category of the project')).toBeInTheDocument();
    expect(screen.getByText('2 claims got new evidence after their own quotes failed verification.')).toBeInTheDocument();
    const diagram = screen.getByRole('group', { name: 'Paradigm model' });
    expect(diagram).not.toHaveTextContent('Neighbours keep watch');
  });

  it('says so when there is nothing to draw yet', async () => {
    server(() =>
      json(theory({ saturation: { curve: [], plateau: false, model_readiness: null, model_assessment: null }, network_summary: { categories: 0, codes: 0, fragments: 0, interviews: 0, centrality: [], co_occurrence: [] } })),
    );
    renderApp(`/projects/${ID}/theory`);

    expect(await screen.findByText('No categories to draw yet.')).toBeInTheDocument();
    expect(screen.getByText('No interviews coded yet.')).toBeInTheDocument();
  });

  it('shows a theory that fails to load in the server’s words, with Try again', async () => {
    server(() => problem(404, 'THEORY_NOT_FOUND', 'No such theory'));
    renderApp(`/projects/${ID}/theory`);

    expect(await screen.findByRole('alert')).toHaveTextContent('No such theory');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lays out network labels without overlaps, the same way every time', () => {
    const names = ['Cuidado', 'Turnos de noche', 'Pedir ayuda', 'Agotamiento', 'Redes vecinales', 'Dinero', 'Salud mental', 'Familia extensa', 'Trabajo', 'Vivienda', 'Transporte', 'Escuela'];
    const network = {
      categories: names.length,
      codes: 30,
      fragments: 40,
      interviews: 5,
      centrality: names.map((name, i) => ({ category_id: `k${i}`, name, code_count: 1, fragment_count: 1, interview_count: 1, interview_coverage: 0.2, degree: 1, weighted_degree: 1, page_rank: 1 / (i + 2) })),
      co_occurrence: [],
    };
    const size = { width: 720, height: 420, radius: 140 };
    const { nodes } = layoutNetwork(network, size);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const [ax1, ay1, ax2, ay2] = a.label.box;
        const [bx1, by1, bx2, by2] = b.label.box;
        expect(ax1 < bx2 && bx1 < ax2 && ay1 < by2 && by1 < ay2, `${a.name} / ${b.name}`).toBe(false);
      }
    }
    expect(layoutNetwork(network, size)).toEqual({ nodes, maxShared: 1 });
  });

  it('lists the export history and downloads a ready file again', async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    const row = { export_id: 'e1', theory_version: 2, format: 'pdf', filename: 'teoria-v2.pdf', size_bytes: 20480, error: null, next_poll_seconds: null, created_at: '2025-01-02T00:00:00Z' };
    const { calls } = server(
      () => json(theory()),
      () => json([{ ...row, status: 'ready' }, { ...row, export_id: 'e2', status: 'failed', filename: 'teoria-v2.png', format: 'png', size_bytes: null, error: 'Renderer crashed' }]),
    );
    renderApp(`/projects/${ID}/theory`);

    const history = await screen.findByRole('region', { name: 'Export history' });
    const table = await within(history).findByRole('table');
    expect(table).toHaveTextContent('teoria-v2.pdf · 20 KB');
    expect(table).toHaveTextContent('Failed: Renderer crashed');
    await userEvent.click(within(table).getByRole('button', { name: 'Download teoria-v2.pdf' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(calls.some((c) => c.path === `/api/projects/${ID}/exports/e1/download`)).toBe(true);
    clicked.mockRestore();
    vi.unstubAllGlobals();
  });
});
