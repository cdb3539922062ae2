import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AttributeTable, Matrix, MatrixCellPage, StudyOverview } from '../api/types';
import { fakeServer, json, problem, project, templates, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;

const table: AttributeTable = {
  project_id: ID,
  variables: [{ name: 'rol', type: 'text' }],
  interviews: [
    { interview_id: 'i1', label: 'Marta', attributes: [{ name: 'rol', type: 'text', value: 'enfermera' }] },
    { interview_id: 'i2', label: 'Luis', attributes: [{ name: 'rol', type: 'text', value: 'docente' }] },
  ],
};

const cooccurrence: Matrix = {
  kind: 'cooccurrence',
  attribute: null,
  normalisation: 'jaccard',
  rows: [
    { code_id: 'c1', label: 'madre', color: '#E06C75', category_id: null, fragments: 2 },
    { code_id: 'c2', label: 'noche', color: null, category_id: null, fragments: 3 },
  ],
  columns: [
    { key: 'c1', label: 'madre', fragments: 2 },
    { key: 'c2', label: 'noche', fragments: 3 },
  ],
  cells: [
    { row: 0, column: 0, count: 2, normalised: 1 },
    { row: 0, column: 1, count: 1, normalised: 0.25 },
    { row: 1, column: 0, count: 1, normalised: 0.25 },
    { row: 1, column: 1, count: 3, normalised: 1 },
  ],
};

const cell: MatrixCellPage = {
  items: [
    {
      fragment_id: 'f3',
      interview_id: 'i1',
      interview_label: 'Marta',
      ordinal: 3,
      speaker: 'Marta',
      text: 'El turno de noche es duro con mi madre.',
      quotes: [
        { application_id: 'a1', code_id: 'c2', code_label: 'noche', quote: 'turno de noche', quote_start: 3, quote_end: 17, coder_id: 'u1' },
        { application_id: 'a2', code_id: 'c1', code_label: 'madre', quote: 'madre', quote_start: 33, quote_end: 38, coder_id: 'u1' },
      ],
    },
  ],
  page: 0,
  size: 20,
  total_items: 1,
  total_pages: 1,
};

function server(routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/attributes`]: () => json(table),
    [`GET /api/projects/${ID}/matrix`]: () => json(cooccurrence),
    [`GET /api/projects/${ID}/matrix/cell`]: () => json(cell),
    ...routes,
  });
}

describe('matrices page', () => {
  it('shows counts, switches to normalised values and opens a cell’s fragments beside the grid', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/matrices`);

    const both = await screen.findByRole('button', { name: 'madre × noche: 1' });
    expect(screen.getByRole('button', { name: 'noche × noche: 3' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Normalised' }));
    expect(screen.getByRole('button', { name: 'madre × noche: 25%' })).toBeInTheDocument();
    expect(screen.getByText(/Jaccard/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'madre × noche: 25%' }));
    const pane = await screen.findByRole('complementary', { name: 'madre × noche' });
    expect(await within(pane).findByText('turno de noche', { selector: 'mark' })).toBeInTheDocument();
    expect(within(pane).getByText('madre', { selector: 'mark' })).toBeInTheDocument();
    expect(within(pane).getByRole('link', { name: 'Marta' })).toHaveAttribute('href', `/projects/${ID}/interviews/i1?fragment=f3`);
    const asked = calls.find((c) => c.path.endsWith('/matrix/cell'))!;
    expect(asked.query.get('row')).toBe('c1');
    expect(asked.query.get('column')).toBe('c2');
    expect(asked.query.get('kind')).toBe('cooccurrence');
    expect(both).toBeInTheDocument();
  });

  it('filters by an attribute and asks for the code × attribute matrix with its column attribute', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/matrices`);
    await screen.findByRole('button', { name: 'madre × noche: 1' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter attribute' }), 'rol');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter value' }), 'docente');
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/matrix') && c.query.get('attr.rol') === 'docente')).toBe(true));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Matrix' }), 'attribute');
    await waitFor(() =>
      expect(calls.some((c) => c.path.endsWith('/matrix') && c.query.get('kind') === 'attribute' && c.query.get('attribute') === 'rol')).toBe(true),
    );
  });

  it('shows the server’s error for a matrix it cannot build', async () => {
    server({ [`GET /api/projects/${ID}/matrix`]: () => problem(400, 'UNKNOWN_ATTRIBUTE', 'no interview of this project has the attribute') });
    renderApp(`/projects/${ID}/matrices`);
    expect(await screen.findByText(/no interview of this project has the attribute/)).toBeInTheDocument();
  });
});

describe('attributes page', () => {
  it('edits a value in place, adds a variable and saves it for one interview', async () => {
    const { calls } = server({
      'PUT /api/interviews/i2/attributes': (call) => json({ interview_id: 'i2', attributes: (call.body as { attributes: unknown[] }).attributes }),
    });
    renderApp(`/projects/${ID}/attributes`);

    const role = await screen.findByRole('textbox', { name: 'rol of Luis' });
    expect(role).toHaveValue('docente');
    await userEvent.clear(role);
    await userEvent.type(role, 'director{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ attributes: [{ name: 'rol', type: 'text', value: 'director' }] });

    await userEvent.type(screen.getByRole('textbox', { name: 'Variable name' }), 'edad');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'integer');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    const age = screen.getByRole('textbox', { name: 'edad of Luis' });
    await userEvent.type(age, '41{Enter}');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1]!.body).toEqual({
      attributes: [
        { name: 'rol', type: 'text', value: 'director' },
        { name: 'edad', type: 'integer', value: '41' },
      ],
    });
  });

  it('imports a CSV and lists the rows it could not place', async () => {
    server({
      [`POST /api/projects/${ID}/attributes/import`]: () =>
        json({ updated: 1, variables: [{ name: 'rol', type: 'text' }], unmatched: [{ line: 3, interview: 'pedro', reason: 'no interview matches' }] }),
    });
    renderApp(`/projects/${ID}/attributes`);
    await screen.findByRole('textbox', { name: 'rol of Marta' });

    const file = new File(['interview,rol\nMarta,enfermera\npedro,x\n'], 'attributes.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Attributes set for 1 interview.')).toBeInTheDocument();
    expect(screen.getByText('Line 3 (“pedro”): no interview matches')).toBeInTheDocument();
  });
});

describe('study overview', () => {
  it('shows the study at a glance on the project page', async () => {
    const overview: StudyOverview = {
      project_id: ID,
      interviews: 36,
      participants: 38,
      words: 152340,
      fragments: 5120,
      participant_fragments: 2600,
      coded_fragments: 2210,
      coded_by_coder: [{ coder_id: 'o1', kind: 'offline', display_name: 'Offline analyst', fragments: 2100 }],
      codes: 97,
      categories: 9,
      theory_versions: 2,
    };
    server({ [`GET /api/projects/${ID}/overview`]: () => json(overview) });
    renderApp(`/projects/${ID}`);

    const panel = await screen.findByRole('region', { name: 'Study at a glance' });
    expect(await within(panel).findByText('152,340')).toBeInTheDocument();
    expect(within(panel).getByText('Participants').nextSibling).toHaveTextContent('38');
    expect(within(panel).getByText('Theory versions').nextSibling).toHaveTextContent('2');
    expect(within(panel).getByText('Offline analyst')).toBeInTheDocument();
  });
});
