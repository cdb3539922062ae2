import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AutoCodeStatus, Category, Code } from '../api/types';
import {
  autoCodeStarted,
  categoryView,
  codeView,
  coverageCounts,
  fakeServer,
  job,
  json,
  memoDraftAccepted,
  memoView,
  noContent,
  problem,
  project,
  templates,
  type RecordedCall,
} from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;

function code(id: string, label: string, overrides: Partial<Code> = {}): Code {
  return codeView(id, label, { category_id: 'k1', category_name: 'Noches', application_count: 3, fragment_count: 3, ...overrides });
}

const codes = [code('c1', 'turno de noche'), code('c2', 'culpa', { category_id: 'k2', category_name: 'Trabajo' })];
const categories: Category[] = [
  categoryView('k1', 'Noches', { code_ids: ['c1'], fragment_count: 3 }),
  categoryView('k2', 'Trabajo', { code_ids: ['c2'], fragment_count: 3 }),
];
const counts = coverageCounts(6, 0, 1, 3);

function server(routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/jobs`]: () => json([]),
    [`GET /api/projects/${ID}/coverage`]: () => json({ project_id: ID, project: counts, interviews: [{ interview_id: 'i1', participant: 'Marta', counts }] }),
    [`GET /api/projects/${ID}/codes`]: () => json({ items: codes, page: 0, size: 100, total_items: 2, total_pages: 1 }),
    [`GET /api/projects/${ID}/categories`]: () => json(categories),
    [`GET /api/projects/${ID}/memos`]: () => json([]),
    'GET /api/llm/status': () => json({ access: { remote: false } }),
    [`GET /api/projects/${ID}/coders`]: () =>
      json([
        { id: 'u1', kind: 'user', key: 'user:u1', display_name: 'Ana', applications: 4, codes: 2, fragments: 4, interviews: 1, memos: 0, not_relevant: 0 },
        {
          id: 'o1',
          kind: 'offline',
          key: 'offline',
          display_name: 'Offline analyst',
          applications: 9,
          codes: 5,
          fragments: 6,
          interviews: 1,
          memos: 0,
          not_relevant: 0,
        },
      ]),
    ...routes,
  });
}

async function openTab(name: string) {
  await userEvent.click(await screen.findByRole('tab', { name }));
}

async function openActions(label: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for ${label}` }));
}

describe('coding section', { timeout: 20_000 }, () => {
  it('opens on the codebook tree, with coverage one tab away', async () => {
    server();
    renderApp(`/projects/${ID}/coding`);

    const tree = await screen.findByRole('region', { name: 'Codebook' });
    expect(await within(tree).findByRole('listitem', { name: 'Noches' })).toHaveTextContent('turno de noche');
    expect(within(tree).getByRole('listitem', { name: 'Trabajo' })).toHaveTextContent('culpa');
    expect(await screen.findByText('60% of participant fragments coded (6 of 10).')).not.toBeVisible();

    await openTab('Auto-coding and coverage');
    expect(screen.getByText('60% of participant fragments coded (6 of 10).')).toBeVisible();
    expect(screen.getByText('1 examined: nothing to code · 3 not yet examined.')).toBeVisible();
    expect(screen.queryByText(/marked not relevant/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Codebook' })).not.toBeInTheDocument();
  });

  it('orders the codebook on the server and filters it as one types', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/coding`);
    const tree = await screen.findByRole('region', { name: 'Codebook' });
    await within(tree).findByRole('button', { name: 'culpa' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Most quotes');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter codes' }), 'noche');

    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path.endsWith('/codes'))
          .at(-1)
          ?.query.toString(),
      ).toBe('sort=applications&page=0&size=500'),
    );
    expect(within(tree).queryByRole('button', { name: 'culpa' })).not.toBeInTheDocument();
    expect(within(tree).getByRole('button', { name: 'turno de noche' })).toBeInTheDocument();
    expect(within(tree).getByText('1 of 2 codes')).toBeInTheDocument();
  });

  it('shows the codebook of one coder when a coder is chosen', async () => {
    const { calls } = server();
    renderApp(`/projects/${ID}/coding`);
    await screen.findByRole('region', { name: 'Codebook' });

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Coder' }), 'Ana (4)');

    await waitFor(() => {
      const listed = calls.filter((c) => c.path.endsWith('/codes') && c.query.get('size') === '500');
      expect(listed.at(-1)?.query.get('coder')).toBe('u1');
    });
  });

  it('starts auto-coding and follows it to the end', async () => {
    let polls = 0;
    const { calls } = server({
      [`POST /api/projects/${ID}/auto-code`]: () => json(autoCodeStarted('j9'), 202),
      [`GET /api/projects/${ID}/jobs/j9`]: () =>
        json(
          ++polls < 2
            ? job({ task_id: 'j9', kind: 'auto_code', step: 'open_coding' })
            : job({ task_id: 'j9', kind: 'auto_code', status: 'completed', progress: 100, next_poll_seconds: null }),
        ),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Auto-coding and coverage');

    await userEvent.click(await screen.findByRole('button', { name: 'Auto-code interviews' }));

    expect(await screen.findByText('Now: Open coding')).toBeInTheDocument();
    expect(await screen.findByText('Done')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ recode: false });
  });

  it('applies the codebook and then links to the agreement of the person with the machine', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/auto-code`]: () => json(autoCodeStarted('j7'), 202),
      [`GET /api/projects/${ID}/jobs/j7`]: () => json(job({ task_id: 'j7', kind: 'auto_code', status: 'completed', progress: 100, next_poll_seconds: null })),
      [`GET /api/projects/${ID}/auto-code/status/j7`]: () =>
        json({
          ...autoCodeStarted('j7'),
          status: 'completed',
          step: 'codebook_coding',
          progress: 100,
          next_poll_seconds: null,
          attempt: 1,
          coded_fragments: 5,
          failed_batches: 0,
          reused: null,
          outcome: { examined_fragments: 8, coded_fragments: 5, applications: 6, codebook_codes: 2, codes_without_definition: 2, failed_batches: 0 },
          codes_without_definition: 2,
          compare_with: { coder_a: 'u1', coder_b: 'o1' },
        } satisfies AutoCodeStatus),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Auto-coding and coverage');

    await userEvent.click(await screen.findByRole('radio', { name: 'Apply the existing codebook (deductive)' }));
    expect(screen.queryByRole('checkbox', { name: /Code every fragment again/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Auto-code interviews' }));

    const link = await screen.findByRole('link', { name: 'See how the machine’s coding agrees with the person’s, code by code' });
    expect(link).toHaveAttribute('href', `/projects/${ID}/agreement?a=u1&b=o1`);
    expect(screen.getByText(/2 codes have no definition/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ mode: 'codebook' });
  });

  it('says when auto-coding failed because every model call failed, and when only some did', async () => {
    let run = 0;
    server({
      [`POST /api/projects/${ID}/auto-code`]: () => json(autoCodeStarted(`j${++run}`), 202),
      [`GET /api/projects/${ID}/jobs/j1`]: () =>
        json(
          job({
            task_id: 'j1',
            kind: 'auto_code',
            status: 'failed',
            step: 'open_coding',
            next_poll_seconds: null,
            error_code: 'LLM_RATE_LIMITED',
            error: 'Open coding failed: every one of the 3 batches failed and no fragment was coded.',
          }),
        ),
      [`GET /api/projects/${ID}/jobs/j2`]: () =>
        json(
          job({
            task_id: 'j2',
            kind: 'auto_code',
            status: 'completed',
            progress: 100,
            next_poll_seconds: null,
            degraded: true,
            outcome: { coded_fragments: 3, skipped_fragments: 2, failed_batches: 1 },
            warning_code: 'LLM_TIMEOUT',
          }),
        ),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Auto-coding and coverage');

    await userEvent.click(await screen.findByRole('button', { name: 'Auto-code interviews' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('every one of the 3 batches failed and no fragment was coded');
    expect(screen.getByText('Failed')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Auto-code interviews' }));
    expect(
      await screen.findByText(/3 fragments coded, 2 skipped because 1 model call failed\..*Cause: the model did not answer in time\./),
    ).toBeInTheDocument();
  });

  it('shows why auto-coding could not start, in the server’s words', async () => {
    server({ [`POST /api/projects/${ID}/auto-code`]: () => problem(409, 'PROJECT_BUSY', 'A theory run is using this project') });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Auto-coding and coverage');

    await userEvent.click(await screen.findByRole('button', { name: 'Auto-code interviews' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('A theory run is using this project');
  });

  it('renames, merges and deletes codes', async () => {
    const { calls } = server({
      'PATCH /api/codes/c1': () => json(code('c1', 'noches en vela')),
      'POST /api/codes/c1/merge': () => json(code('c2', 'culpa')),
      'DELETE /api/codes/c2': () => noContent(),
    });
    renderApp(`/projects/${ID}/coding`);

    await openActions('turno de noche');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename' }));
    const input = screen.getByLabelText('New name of the code');
    await userEvent.clear(input);
    await userEvent.type(input, 'noches en vela{Enter}');
    await openActions('turno de noche');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Merge…' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Merge' }));
    await openActions('culpa');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete code' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/codes/c2')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ label: 'noches en vela' });
    expect(calls.find((c) => c.path === '/api/codes/c1/merge')?.body).toEqual({ into_code_id: 'c2' });
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/codes/c2')).toBe(true);
  });

  it('imports a codebook from CSV and lists the rows it could not import', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/codebook/import`]: () =>
        json({ created: 2, updated: 1, skipped: 1, problems: [{ line: 4, message: 'The row names no code; skipped' }] }),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Add, import, export');

    const panel = await screen.findByRole('region', { name: 'Import a codebook (CSV)' });
    const file = new File(['code,definition\nNoches,Cuidar de noche\n'], 'codebook.csv', { type: 'text/csv' });
    await userEvent.upload(within(panel).getByLabelText('CSV file'), file);
    await userEvent.click(within(panel).getByRole('button', { name: 'Import codebook' }));

    expect(await within(panel).findByText('2 created, 1 updated, 1 skipped')).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'Rows not imported' })).toHaveTextContent('Line 4: The row names no code; skipped');
    expect(calls.some((c) => c.method === 'POST' && c.path === `/api/projects/${ID}/codebook/import`)).toBe(true);
  });

  it('shows a bad CSV in the server’s words', async () => {
    server({
      [`POST /api/projects/${ID}/codebook/import`]: () => problem(400, 'CSV_MISSING_CODE_COLUMN', 'Line 1: the header has no "code" column'),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Add, import, export');

    const panel = await screen.findByRole('region', { name: 'Import a codebook (CSV)' });
    await userEvent.upload(within(panel).getByLabelText('CSV file'), new File(['definition\nx\n'], 'bad.csv'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Import codebook' }));

    expect(await within(panel).findByText(/the header has no "code" column/)).toBeInTheDocument();
  });

  it('edits a code’s definition, criteria and anchor quotes, one quote per line', async () => {
    const { calls } = server({ 'PATCH /api/codes/c1': () => json(code('c1', 'turno de noche')) });
    renderApp(`/projects/${ID}/coding`);

    await openActions('turno de noche');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Criteria…' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.type(within(dialog).getByLabelText('Definition'), 'Trabajar de noche');
    await userEvent.type(within(dialog).getByLabelText('Inclusion criteria: when the code applies'), 'Turnos pagados');
    await userEvent.type(within(dialog).getByLabelText('Exclusion criteria: when it does not'), 'Cuidar de noche');
    await userEvent.type(within(dialog).getByLabelText('Examples (anchor quotes), one per line'), 'Entro a las diez{Enter}{Enter}Salgo a las seis');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
        definition: 'Trabajar de noche',
        inclusion_criteria: 'Turnos pagados',
        exclusion_criteria: 'Cuidar de noche',
        examples: ['Entro a las diez', 'Salgo a las seis'],
      }),
    );
  });

  it('moves a code to another category from the keyboard, with “Move to…” in its action menu', async () => {
    const { calls } = server({ 'POST /api/categories/k2/codes': () => json(categories[1]) });
    renderApp(`/projects/${ID}/coding`);

    const actions = await screen.findByRole('button', { name: 'Actions for turno de noche' });
    actions.focus();
    await userEvent.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Actions for turno de noche' });
    expect(within(menu).getByRole('menuitem', { name: 'Rename' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Move to…' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('alertdialog', { name: 'Move “turno de noche” to…' });
    expect(within(dialog).getByRole('combobox', { name: 'Category' })).toHaveDisplayValue('Trabajo');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));

    await waitFor(() => expect(calls.find((c) => c.path === '/api/categories/k2/codes')?.body).toEqual({ code_ids: ['c1'] }));
  });

  it('shows a code’s quotes with links to their place in the transcript', async () => {
    server({
      'GET /api/codes/c1/evidence': () =>
        json({
          items: [
            {
              application_id: 'a1',
              code_id: 'c1',
              fragment_id: 'f1',
              interview_id: 'i1',
              interview_label: 'Marta',
              ordinal: 4,
              speaker: 'Marta',
              fragment_text: 'Vengo de la noche, así que perdona.',
              quote: 'Vengo de la noche',
              quote_start: 0,
              quote_end: 17,
              origin: 'offline',
            },
          ],
          page: 0,
          size: 50,
          total_items: 1,
          total_pages: 1,
        }),
    });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));

    // beside the tree, not below it: the evidence is inside the selected code's pane
    const pane = await screen.findByRole('region', { name: 'Code “turno de noche”' });
    const panel = await within(pane).findByRole('region', { name: 'Evidence for “turno de noche”' });
    expect(await within(panel).findByText('Vengo de la noche')).toHaveProperty('tagName', 'MARK');
    expect(within(panel).getByRole('link', { name: 'Open in transcript' })).toHaveAttribute('href', `/projects/${ID}/interviews/i1?fragment=f1&quote=0-17`);
  });

  it('writes a memo about the selected code', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/memos`]: () => json(memoView('m1', { code_id: 'c1', body: 'b' }), 201),
      'GET /api/codes/c1/evidence': () => json({ items: [], page: 0, size: 50, total_items: 0, total_pages: 0 }),
    });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    const memos = await screen.findByRole('region', { name: 'Memos about “turno de noche”' });
    await userEvent.click(within(memos).getByRole('button', { name: 'Add memo' }));
    expect(within(memos).getByRole('textbox', { name: /^Memo/ })).toHaveAccessibleDescription('Required.');
    await userEvent.type(within(memos).getByRole('textbox', { name: /^Memo/ }), 'Night shifts organise the care.');
    await userEvent.click(within(memos).getByRole('button', { name: 'Add memo' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/memos'))).toBe(true));
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/memos'))?.body).toEqual({ body: 'Night shifts organise the care.', code_id: 'c1' });
  });

  it('drafts a memo with AI for the selected code where a model is configured, and shows who wrote each memo', async () => {
    const mine = memoView('m1', { code_id: 'c1', title: 'Mine', body: 'My hunch' });
    const drafted = memoView('m2', {
      code_id: 'c1',
      title: 'AI memo — code: turno de noche',
      body: 'Properties\n- Nights are long. [Marta ¶1]',
      coder_id: 'a1',
      author_kind: 'ai',
      author_name: 'ai:openai/gpt-4o',
      citations: [{ fragment_id: 'f1', interview_id: 'i1', quote: 'Nights are long', start: 0, end: 15 }],
    });
    let memos = [mine];
    const { calls } = server({
      'GET /api/llm/status': () => json({ access: { remote: true } }),
      [`GET /api/projects/${ID}/memos`]: () => json(memos),
      'GET /api/codes/c1/evidence': () => json({ items: [], page: 0, size: 50, total_items: 0, total_pages: 0 }),
      [`POST /api/projects/${ID}/memos/draft`]: () => json(memoDraftAccepted('j9'), 202),
      [`GET /api/projects/${ID}/jobs/j9`]: () => {
        memos = [drafted, mine];
        return json(
          job({ task_id: 'j9', kind: 'memo_draft', status: 'completed', next_poll_seconds: null, outcome: { sentences_kept: 3, sentences_dropped: 1 } }),
        );
      },
    });
    renderApp(`/projects/${ID}/coding`);

    expect(await screen.findByText('By Ana')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Draft with AI for “turno de noche”' }));

    expect(await screen.findByText('Drafted by the model ai:openai/gpt-4o')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Memo drafted: 3 sentences with verified citations, 1 dropped for a citation that did not check.');
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/memos/draft'))?.body).toEqual({ code_ids: ['c1'] });
  });

  it('offers no AI draft without a model', async () => {
    server({ 'GET /api/codes/c1/evidence': () => json({ items: [], page: 0, size: 50, total_items: 0, total_pages: 0 }) });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    expect(await screen.findByRole('button', { name: 'Add memo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Draft with AI/ })).toBeNull();
  });

  it('creates a code and a category by hand, with the name required and the server’s refusal shown', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/codes`]: () => json(code('c9', 'redes vecinales', { origin: 'human' }), 201),
      [`POST /api/projects/${ID}/categories`]: () => problem(409, 'CATEGORY_EXISTS', 'A category named Noches already exists'),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Add, import, export');

    const panel = await screen.findByRole('region', { name: 'Add to the codebook' });
    const newCode = within(panel).getByRole('form', { name: 'New code' });
    await userEvent.click(within(newCode).getByRole('button', { name: 'Create code' }));
    expect(within(newCode).getByRole('textbox', { name: /Code/ })).toHaveAccessibleDescription(/Required\./);
    await userEvent.type(within(newCode).getByRole('textbox', { name: /Code/ }), 'redes vecinales');
    await userEvent.selectOptions(within(newCode).getByRole('combobox', { name: 'Category' }), 'Trabajo');
    await userEvent.click(within(newCode).getByRole('button', { name: 'Create code' }));
    expect(await within(newCode).findByRole('status')).toHaveTextContent('Code “redes vecinales” created.');
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/codes'))?.body).toEqual({ label: 'redes vecinales', category_id: 'k2' });

    const newCategory = within(panel).getByRole('form', { name: 'New category' });
    await userEvent.type(within(newCategory).getByRole('textbox', { name: /Category name/ }), 'Noches');
    await userEvent.click(within(newCategory).getByRole('button', { name: 'Create category' }));
    expect(await within(newCategory).findByRole('alert')).toHaveTextContent('A category named Noches already exists');
  });

  it('renames and deletes a category', async () => {
    const { calls } = server({
      'PATCH /api/categories/k1': () => json({ ...categories[0], name: 'Turnos' }),
      'DELETE /api/categories/k2': () => noContent(),
    });
    renderApp(`/projects/${ID}/coding`);

    const tree = await screen.findByRole('region', { name: 'Codebook' });
    await userEvent.click(await within(tree).findByRole('button', { name: 'Actions for the category Noches' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename' }));
    const input = within(tree).getByRole('textbox', { name: 'New name of the category' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Turnos{Enter}');
    await waitFor(() => expect(within(tree).queryByRole('textbox', { name: 'New name of the category' })).not.toBeInTheDocument());
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ name: 'Turnos' });
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith('/categories') && c.method === 'GET').length).toBeGreaterThanOrEqual(2));

    await userEvent.click(await within(tree).findByRole('button', { name: 'Actions for the category Trabajo' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this category?' });
    expect(dialog).toHaveTextContent('“Trabajo” will be deleted; its code stays in the codebook, ungrouped.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete category' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/categories/k2')).toBe(true));
  });

  it('edits a memo', async () => {
    const memo = {
      id: 'm1',
      code_id: null,
      category_id: null,
      title: 'Noches',
      body: 'Old text',
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    };
    const { calls } = server({
      [`GET /api/projects/${ID}/memos`]: () => json([memo]),
      'PATCH /api/memos/m1': () => json({ ...memo, body: 'New text' }),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Memos');

    await userEvent.click(await screen.findByRole('button', { name: 'Edit the memo Noches' }));
    const form = screen.getByRole('form', { name: 'Edit the memo Noches' });
    const body = within(form).getByRole('textbox', { name: /Memo/ });
    await userEvent.clear(body);
    await userEvent.type(body, 'New text');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ title: 'Noches', body: 'New text' });
  });

  it('removes one code application from the evidence panel', async () => {
    const item = {
      application_id: 'a1',
      code_id: 'c1',
      fragment_id: 'f1',
      interview_id: 'i1',
      interview_label: 'Marta',
      ordinal: 0,
      speaker: 'Marta',
      fragment_text: 'Cuido de noche.',
      quote: 'de noche',
      quote_start: 6,
      quote_end: 14,
      origin: 'offline',
    };
    const { calls } = server({
      'GET /api/codes/c1/evidence': () => json({ items: [item], page: 0, size: 50, total_items: 1, total_pages: 1 }),
      'DELETE /api/code-applications/a1': () => noContent(),
    });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the code from “de noche”' }));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/code-applications/a1')).toBe(true);
  });
  it('downloads the codebook as Word, and shows a refused export in the server’s words', async () => {
    const createObjectURL = vi.fn(() => 'blob:codebook');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let refuse = false;
    const { calls } = server({
      [`GET /api/projects/${ID}/codebook/export`]: () =>
        refuse
          ? problem(400, 'UNSUPPORTED_FORMAT', 'Use docx, xlsx or csv')
          : new Response('PK', {
              status: 200,
              headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="codebook.docx"' },
            }),
    });
    renderApp(`/projects/${ID}/coding`);
    await openTab('Add, import, export');

    const panel = await screen.findByRole('region', { name: 'Export the codebook' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Codebook as DOCX' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(calls.find((c) => c.path.endsWith('/codebook/export'))?.query.toString()).toBe('format=docx');

    refuse = true;
    await userEvent.click(within(panel).getByRole('button', { name: 'Codebook as CSV' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Use docx, xlsx or csv');
    clicked.mockRestore();
    vi.unstubAllGlobals();
  });
});
