import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceRef, Theory } from '../api/types';
import { fakeServer, json, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { wrapLines } from './TheoryFigures';
import { attribution } from './attribution';

const ID = project().id;

const ref = (fragment: string, quote: string): EvidenceRef => ({
  fragment_id: fragment,
  interview_id: 'i1',
  interview_label: 'Marta',
  speaker: 'Marta',
  quote,
  start: 0,
  end: quote.length,
  interview_start: 0,
  interview_end: quote.length,
});

const claim = (id: string, name: string) => ({
  category_id: id,
  category_name: name,
  statement: `${name} matters`,
  evidence: [ref(`f-${id}`, name)],
  exceptions: [],
});

function theory(overrides: Partial<Theory> = {}): Theory {
  return {
    id: 't1',
    project_id: ID,
    version: 2,
    job_id: 'j1',
    created_at: '2025-01-01T00:00:00Z',
    language: 'es',
    template: 'generic',
    route: 'staged',
    generated_by: 'offline',
    degraded: false,
    readiness_score: 64,
    core_category: {
      category_id: 'k1',
      name: 'Sostener el cuidado',
      definition: '',
      why: 'Most central',
      evidence: [ref('f1', 'Cuido')],
      storyline: '',
      candidates: [],
    },
    propositions: [],
    consequences: [
      {
        category_id: 'k5',
        category_name: 'Agotamiento',
        statement: 'Carers burn out',
        type: 'material',
        type_note: '',
        horizon: 'long_term',
        evidence: [ref('f9', 'cansada')],
        exceptions: [],
      },
    ],
    gaps: [
      { kind: 'THIN_EVIDENCE', category_id: 'k6', category_name: 'Redes', description: 'Only one quote', severity: 'low' },
      { kind: 'NOT_SATURATED', category_id: null, category_name: '', description: 'Still new codes', severity: 'high' },
    ],
    evidence_coverage: { claims: 4, claims_with_evidence: 4, ratio: 1 },
    validation: {
      evidence_checked: 5,
      verified: 5,
      reanchored: 0,
      not_verbatim: 0,
      unknown_fragment: 0,
      wrong_category: 0,
      repairs: [],
      claims_repaired: 0,
      unsupported_claims: [],
      negative_cases_dropped: 0,
    },
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
      model_assessment: '',
    },
    network_summary: {
      categories: 3,
      codes: 9,
      fragments: 12,
      interviews: 3,
      centrality: [
        {
          category_id: 'k1',
          name: 'Sostener el cuidado',
          code_count: 4,
          fragment_count: 8,
          interview_count: 3,
          interview_coverage: 1,
          degree: 2,
          weighted_degree: 5,
          page_rank: 0.5,
        },
        {
          category_id: 'k2',
          name: 'Turnos de noche',
          code_count: 3,
          fragment_count: 4,
          interview_count: 2,
          interview_coverage: 0.67,
          degree: 1,
          weighted_degree: 3,
          page_rank: 0.3,
        },
        {
          category_id: 'k4',
          name: 'Pedir ayuda',
          code_count: 2,
          fragment_count: 3,
          interview_count: 1,
          interview_coverage: 0.33,
          degree: 1,
          weighted_degree: 2,
          page_rank: 0.2,
        },
      ],
      co_occurrence: [
        { category_a: 'k1', name_a: 'Sostener el cuidado', category_b: 'k2', name_b: 'Turnos de noche', shared_fragments: 3 },
        { category_a: 'k1', name_a: 'Sostener el cuidado', category_b: 'k4', name_b: 'Pedir ayuda', shared_fragments: 2 },
      ],
    },
    manifest: {
      project_name: 'Cuidados',
      research_question: '',
      route: 'staged',
      route_reason: 'bucket 40 >= canary-percent 0',
      provider: 'offline',
      access: 'offline',
      access_reason: 'provider is offline',
      template: 'generic',
      language: 'es',
      attempt: 1,
      stages: [
        {
          stage: 'paradigm',
          generated_by: 'offline',
          model: [],
          prompts: [],
          elapsed_ms: 1500,
          input_tokens: 0,
          output_tokens: 0,
          requests: 0,
          retries: 0,
          repaired: false,
          cached_input_tokens: 0,
        },
      ],
      budget_trims: [{ stage: 'paradigm', step: 'drop_quotes', applications: 1, tokens_before: 9000, tokens_after: 6000 }],
      input_hashes: { fragments: 'ab12', codebook: 'cd34' },
      evidence_sources: { category_evidence: 'coding', graph: 'ok' },
    },
    ...overrides,
  };
}

const node = (category: string, x: number, y: number, core = false) => ({
  category,
  core,
  x,
  y,
  radius: 20,
  lines: [category],
  label: { x: x - 60, y: y + 22, width: 120, height: 24 },
});
const FIGURE = {
  width: 912,
  height: 960,
  font_size: 19,
  nodes: [node('Sostener el cuidado', 456, 480, true), node('Turnos de noche', 200, 300), node('Pedir ayuda', 700, 600)],
};

function server(answer: () => Response, exports: () => Response = () => json([])) {
  return fakeServer({
    [`GET /api/projects/${ID}/exports`]: exports,
    [`GET /api/projects/${ID}/exports/e1/download`]: () => new Response('%PDF', { status: 200, headers: { 'content-type': 'application/pdf' } }),
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/jobs`]: () => json([]),
    [`GET /api/projects/${ID}/theories`]: () =>
      json({
        items: [
          {
            id: 't1',
            version: 2,
            created_at: '2025-01-01T00:00:00Z',
            central_category: 'Sostener el cuidado',
            readiness_score: 64,
            evidence_coverage: 1,
            generated_by: 'offline',
            degraded: false,
          },
        ],
        page: 0,
        size: 50,
        total_items: 1,
        total_pages: 1,
      }),
    [`GET /api/projects/${ID}/theories/t1`]: answer,
    [`GET /api/projects/${ID}/theories/t1/network-layout`]: () => json(FIGURE),
    'GET /api/categories/k2/evidence': () =>
      json({
        items: [
          {
            application_id: 'a1',
            code_id: 'c1',
            fragment_id: 'f7',
            interview_id: 'i2',
            interview_label: 'Luis',
            ordinal: 3,
            speaker: 'Luis',
            fragment_text: 'Trabajo de noche.',
            quote: 'de noche',
            quote_start: 8,
            quote_end: 16,
            origin: 'human',
            coder_id: 'u1',
          },
        ],
        page: 0,
        size: 8,
        total_items: 4,
        total_pages: 1,
      }),
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
    expect(await within(network).findByRole('group', { name: 'Category network' })).toHaveAccessibleDescription(/3 categories, 2 co-occurrence links/);
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
      json(
        theory({
          saturation: { curve: [], plateau: false, model_readiness: null, model_assessment: '' },
          network_summary: { categories: 0, codes: 0, fragments: 0, interviews: 0, centrality: [], co_occurrence: [] },
        }),
      ),
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

  it('wraps long paradigm names instead of cutting them, and names the speaker only when it adds something', () => {
    const name = 'Organización comunitaria de los cuidados en la pandemia';
    const lines = wrapLines(name, 222);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(name);
    expect(wrapLines('corto', 222)).toEqual(['corto']);
    expect(wrapLines('a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(3), 60, 2)).toHaveLength(2);
    expect(attribution('Rosa', 'Rosa')).toBe('Rosa');
    expect(attribution('Rosa', 'Entrevistadora')).toBe('Rosa (Entrevistadora)');
    expect(attribution('Rosa', null)).toBe('Rosa');
  });

  it('draws the network where the exports do, coloured by paradigm role, with counts on hover and evidence on click', async () => {
    const { calls } = server(() => json(theory()));
    renderApp(`/projects/${ID}/theory`);

    const network = await screen.findByRole('region', { name: 'Category network' });
    const core = await within(network).findByRole('button', { name: /^Sostener el cuidado \(Core category\): 4 codes, 8 fragments, 3 interviews/ });
    expect(core).toHaveClass('network__node--core');
    expect(core.querySelector('circle')).toHaveAttribute('cx', '456');
    expect(core.querySelectorAll('circle')).toHaveLength(2);
    const night = within(network).getByRole('button', { name: /^Turnos de noche \(Causal conditions\)/ });
    expect(night).toHaveClass('network__node--causal');
    expect(within(network).getByRole('button', { name: /^Pedir ayuda \(Strategies\)/ })).toHaveClass('network__node--strategies');
    expect(within(network).getByRole('list', { name: 'Role in the paradigm' })).toHaveTextContent('Core categoryCausal conditionsStrategies');

    await userEvent.hover(night);
    expect(within(network).getByRole('tooltip')).toHaveTextContent('Turnos de nocheCausal conditions3 codes · 4 fragments · 2 interviews');
    await userEvent.unhover(night);
    expect(within(network).queryByRole('tooltip')).not.toBeInTheDocument();

    await userEvent.click(night);
    const evidence = await within(network).findByRole('region', { name: 'Evidence: Turnos de noche' });
    expect(await within(evidence).findByRole('link', { name: '“de noche”' })).toHaveAttribute('href', `/projects/${ID}/interviews/i2?fragment=f7&quote=8-16`);
    expect(evidence).toHaveTextContent('The first 1 of 4 coded fragments.');
    expect(evidence).toHaveTextContent('— Luis');
    expect(evidence).not.toHaveTextContent('Luis (Luis)');
    expect(calls.find((c) => c.path === '/api/categories/k2/evidence')?.query.toString()).toBe('page=0&size=8');
    await userEvent.click(within(evidence).getByRole('button', { name: 'Close' }));
    expect(within(network).queryByRole('region', { name: /Evidence/ })).not.toBeInTheDocument();

    night.focus();
    await userEvent.keyboard('{Enter}');
    expect(await within(network).findByRole('region', { name: 'Evidence: Turnos de noche' })).toBeInTheDocument();
  });

  it('says in Spanish who made the theory, with what access and which template', async () => {
    const base = theory();
    server(() => json({ ...base, manifest: { ...base.manifest, template: 'health' } }));
    renderApp(`/projects/${ID}/theory`, { lang: 'es' });

    expect(await screen.findByText('Versión 2 · analista sin conexión')).toBeInTheDocument();
    const manifest = screen.getByRole('region', { name: 'Cómo se hizo esta versión' });
    expect(manifest).toHaveTextContent('Proveedor y accesoanalista sin conexión');
    expect(manifest).not.toHaveTextContent('offline');
    await waitFor(() => expect(manifest).toHaveTextContent('PlantillaSalud'));
    expect(manifest).toHaveTextContent('pipeline por etapas');
  });

  it('moves a dragged node with its edges, without opening its evidence, and puts it back', async () => {
    server(() => json(theory()));
    renderApp(`/projects/${ID}/theory`);
    const network = await screen.findByRole('region', { name: 'Category network' });
    const night = await within(network).findByRole('button', { name: /^Turnos de noche/ });
    const svg = network.querySelector('svg.network')!;
    // jsdom has no PointerEvent: a MouseEvent with a pointer id carries the coordinates the drag reads.
    vi.stubGlobal(
      'PointerEvent',
      class extends MouseEvent {
        pointerId: number;
        constructor(type: string, init: MouseEventInit & { pointerId?: number } = {}) {
          super(type, init);
          this.pointerId = init.pointerId ?? 1;
        }
      },
    );

    fireEvent.pointerDown(night, { button: 0, clientX: 200, clientY: 300, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 260, clientY: 340, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 260, clientY: 340, pointerId: 1 });
    fireEvent.click(night);

    expect(night.querySelector('circle')).toHaveAttribute('cx', '260');
    expect(night.querySelector('circle')).toHaveAttribute('cy', '340');
    const edge = network.querySelector('line.network__edge')!;
    expect([edge.getAttribute('x2'), edge.getAttribute('y2')]).toEqual(['260', '340']);
    expect(within(network).queryByRole('region', { name: /Evidence/ })).not.toBeInTheDocument();
    await userEvent.click(within(network).getByRole('button', { name: 'Put the nodes back' }));
    expect(night.querySelector('circle')).toHaveAttribute('cx', '200');
    vi.unstubAllGlobals();
  });

  it('lists the export history and downloads a ready file again', async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    const row = {
      export_id: 'e1',
      theory_version: 2,
      format: 'pdf',
      filename: 'teoria-v2.pdf',
      size_bytes: 20480,
      error: null,
      next_poll_seconds: null,
      created_at: '2025-01-02T00:00:00Z',
    };
    const { calls } = server(
      () => json(theory()),
      () =>
        json([
          { ...row, status: 'ready' },
          { ...row, export_id: 'e2', status: 'failed', filename: 'teoria-v2.png', format: 'png', size_bytes: null, error: 'Renderer crashed' },
        ]),
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
  it('shows how the core category was chosen: scored candidates with their reasoning, the chosen one marked, and the storyline', async () => {
    const core = {
      category_id: 'k1',
      name: 'Sostener el cuidado',
      definition: '',
      why: 'It links the others',
      evidence: [ref('f1', 'Cuido')],
      storyline: 'Carers hold the night together, and everything else bends around it.',
      candidates: [
        {
          category_id: 'k1',
          category_name: 'Sostener el cuidado',
          reasoning: 'Every other category feeds it.',
          central: 5,
          frequent: 5,
          connected: 4,
          abstract_enough: 4,
          explains_variation: 3,
        },
        {
          category_id: 'k2',
          category_name: 'Turnos de noche',
          reasoning: 'A cause, not the centre.',
          central: 3,
          frequent: 4,
          connected: 2,
          abstract_enough: 2,
          explains_variation: 2,
        },
      ],
    };
    server(() => json(theory({ generated_by: 'gpt-4o (openai)', core_category: core })));
    renderApp(`/projects/${ID}/theory`);

    const choice = await screen.findByRole('region', { name: 'How the core category was chosen' });
    const table = within(choice).getByRole('table', { name: 'Candidates for the core category, scored on each criterion' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Candidate', 'Central', 'Frequent', 'Connected', 'Abstract', 'Explains variation', 'Total', 'Reasoning']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Sostener el cuidadochosen5544321Every other category feeds it.');
    expect(rows[0]).toHaveClass('is-chosen');
    expect(rows[1]).toHaveTextContent('Turnos de noche3422213A cause, not the centre.');
    expect(rows[1]).not.toHaveClass('is-chosen');
    expect(within(choice).getByRole('heading', { name: 'Storyline' })).toBeInTheDocument();
    expect(choice).toHaveTextContent('Carers hold the night together, and everything else bends around it.');
  });

  it('shows each claim’s negative cases under it, with the cited fragment’s quote and interview when the theory quotes it', async () => {
    const strategies = [{ ...claim('k4', 'Pedir ayuda'), exceptions: [{ statement: 'Luis never asks anyone.', fragment_id: 'f-k2', quote: '' }] }];
    server(() =>
      json(
        theory({
          paradigm: { ...theory().paradigm, strategies },
          propositions: [
            {
              id: 'P1',
              text: 'If nights are long, carers ask for help.',
              category_ids: ['k1', 'k4'],
              evidence: [ref('f3', 'pido ayuda')],
              exceptions: [{ statement: 'Not when the family is far away.', fragment_id: null, quote: '' }],
            },
          ],
          consequences: [
            {
              category_id: 'k5',
              category_name: 'Agotamiento',
              statement: 'Carers burn out',
              type: 'material',
              type_note: '',
              horizon: 'long_term',
              evidence: [ref('f9', 'cansada')],
              exceptions: [{ statement: 'Ana rests on weekends.', fragment_id: 'f-k5', quote: 'los findes descanso' }],
            },
          ],
        }),
      ),
    );
    renderApp(`/projects/${ID}/theory`);

    const propositions = await screen.findByRole('region', { name: 'Propositions' });
    const propositionCases = within(propositions).getByRole('list', { name: 'Negative cases' });
    expect(propositionCases).toHaveTextContent('Not when the family is far away.');
    expect(within(propositionCases).queryByRole('link')).toBeNull();

    const paradigm = screen.getByRole('region', { name: 'Paradigm model' });
    await userEvent.click(within(paradigm).getByText('Statements and all their quotes'));
    const strategy = within(paradigm)
      .getAllByText(/Pedir ayuda matters/)
      .map((e) => e.closest('dd'))
      .find(Boolean) as HTMLElement;
    const cases = within(strategy).getByRole('list', { name: 'Negative cases' });
    expect(cases).toHaveTextContent('Luis never asks anyone. “Turnos de noche” — Marta');
    expect(within(cases).getByRole('link', { name: '“Turnos de noche”' })).toHaveAttribute('href', `/projects/${ID}/interviews/i1?fragment=f-k2&quote=0-15`);
    expect(within(screen.getByRole('region', { name: 'Consequences' })).getByRole('list', { name: 'Negative cases' })).toHaveTextContent(
      'Ana rests on weekends. “los findes descanso”',
    );
  });

  it('shows no core-choice section and no negative-case list for a theory without them', async () => {
    server(() => json(theory()));
    renderApp(`/projects/${ID}/theory`);

    expect(await screen.findByRole('region', { name: 'Propositions' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'How the core category was chosen' })).toBeNull();
    expect(screen.queryByText('Negative cases')).toBeNull();
  });
});
