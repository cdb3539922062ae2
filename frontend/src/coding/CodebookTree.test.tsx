import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Category, Code } from '../api/types';
import {
  categoryView,
  codeView,
  coverageCounts,
  fakeServer,
  job,
  json,
  memoDraftAccepted,
  memoView,
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

const codes = [
  code('c1', 'turno de noche', {
    color: '#E15759',
    definition: 'Trabajar de noche',
    application_count: 5,
    coders: [
      { coder_id: 'o1', kind: 'offline', display_name: 'Offline analyst', applications: 3 },
      { coder_id: 'u1', kind: 'user', display_name: 'Ana', applications: 2 },
    ],
  }),
  code('c2', 'dormir poco', { parent_id: 'c1' }),
  code('c3', 'culpa', { category_id: 'k2', category_name: 'Familia' }),
  code('c4', 'madre', { category_id: 'k2', category_name: 'Familia' }),
  code('c5', 'vecina', { category_id: null, category_name: null }),
];
const relation = { from_category_id: 'k1', to_category_id: 'k2', type: 'causal' as const, origin: 'ai' as const };
const categories: Category[] = [
  categoryView('k1', 'Noches', { definition: 'Lo que pasa de noche', code_ids: ['c1', 'c2'], fragment_count: 3, relations: [relation] }),
  categoryView('k2', 'Familia', { code_ids: ['c3', 'c4'], fragment_count: 3, relations: [relation] }),
];

function server(routes: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/jobs`]: () => json([]),
    [`GET /api/projects/${ID}/coverage`]: () => json({ project_id: ID, project: coverageCounts(0, 0, 0, 0), interviews: [] }),
    [`GET /api/projects/${ID}/codes`]: () => json({ items: codes, page: 0, size: 500, total_items: codes.length, total_pages: 1 }),
    [`GET /api/projects/${ID}/categories`]: () => json(categories),
    [`GET /api/projects/${ID}/memos`]: () => json([]),
    [`GET /api/projects/${ID}/coders`]: () => json([]),
    'GET /api/codes/c1/evidence': () => json({ items: [], page: 0, size: 50, total_items: 0, total_pages: 0 }),
    ...routes,
  });
}

/** A stand-in for the browser's DataTransfer, which jsdom lacks. */
function dataTransfer() {
  const data = new Map<string, string>();
  return {
    get types() {
      return [...data.keys()];
    },
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'none',
  };
}

const rowOf = (label: string) => screen.getByRole('button', { name: label }).closest('.tree-code__row') as HTMLElement;

describe('codebook tree', { timeout: 20_000 }, () => {
  it('shows categories → codes → sub-codes with colours, counts by coder, definitions and relations', async () => {
    server();
    renderApp(`/projects/${ID}/coding`);

    const tree = await screen.findByRole('region', { name: 'Codebook' });
    const noches = await within(tree).findByRole('listitem', { name: 'Noches' });
    const night = within(noches).getByRole('button', { name: 'turno de noche' });
    expect(night).toHaveAttribute('title', 'Trabajar de noche');
    const nightItem = night.closest('li') as HTMLElement;
    expect(within(nightItem).getByRole('button', { name: 'dormir poco' })).toBeInTheDocument();
    expect(nightItem.querySelector('.swatch')).toHaveStyle({ background: '#E15759' });
    expect(rowOf('turno de noche')).toHaveTextContent('Quotes: 5 (Offline analyst: 3 · Ana: 2)');
    expect(within(tree).getByRole('listitem', { name: 'Ungrouped' })).toHaveTextContent('vecina');
    expect(within(noches).getByRole('list', { name: 'Relations: Noches' })).toHaveTextContent('causal → Familia');
    expect(within(within(tree).getByRole('listitem', { name: 'Familia' })).getByRole('listitem', { name: 'causal relation from Noches' })).toBeInTheDocument();

    await userEvent.click(within(noches).getByRole('button', { name: 'Collapse Noches' }));
    expect(within(noches).queryByRole('button', { name: 'turno de noche' })).not.toBeInTheDocument();
  });

  it('filters the selected code’s evidence by a case attribute', async () => {
    const { calls } = server({
      [`GET /api/projects/${ID}/attributes`]: () =>
        json({
          project_id: ID,
          variables: [{ name: 'sede', type: 'text' }],
          interviews: [
            { interview_id: 'i1', label: 'Marta', attributes: [{ name: 'sede', type: 'text', value: 'Norte' }] },
            { interview_id: 'i2', label: 'Rosa', attributes: [{ name: 'sede', type: 'text', value: 'Sur' }] },
          ],
        }),
    });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Filter attribute' }), 'sede');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter value' }), 'Sur');

    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path === '/api/codes/c1/evidence')
          .at(-1)
          ?.query.get('attr.sede'),
      ).toBe('Sur'),
    );
  });

  it('shows the selected code beside the tree and recolours it', async () => {
    const { calls } = server({ 'PATCH /api/codes/c1': () => json({ ...codes[0], color: '#59A14F' }) });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('button', { name: 'turno de noche' }));
    const pane = await screen.findByRole('region', { name: 'Code “turno de noche”' });
    expect(pane).toHaveTextContent('Trabajar de noche');
    expect(within(pane).getByRole('list', { name: 'Quotes by coder' })).toHaveTextContent('Offline analyst: 3');
    expect(within(pane).getByRole('button', { name: 'Use #E15759' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(pane).getByRole('button', { name: 'Use #59A14F' }));

    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ color: '#59A14F' }));
  });

  it('ticks a range with shift-click and merges the ticked codes into the one kept', async () => {
    const { calls } = server({
      'POST /api/codes/c3/merge': () => json(codes[3]),
      'POST /api/codes/c2/merge': () => json(codes[3]),
    });
    renderApp(`/projects/${ID}/coding`);

    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Select dormir poco' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select madre' }));
    await user.keyboard('{/Shift}');
    const bar = screen.getByRole('group', { name: '3 codes selected' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Merge into one…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Merge 3 codes into one' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /madre/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('2 codes merged into “madre”.')).toBeInTheDocument();
    const merges = calls.filter((c) => c.path.endsWith('/merge'));
    expect(merges.map((c) => [c.path, c.body])).toEqual([
      ['/api/codes/c2/merge', { into_code_id: 'c4' }],
      ['/api/codes/c3/merge', { into_code_id: 'c4' }],
    ]);
    expect(screen.queryByRole('group', { name: /selected/ })).not.toBeInTheDocument();
  });

  it('moves the ticked codes to a category in one call', async () => {
    const { calls } = server({ 'POST /api/categories/k2/codes': () => json(categories[1]) });
    renderApp(`/projects/${ID}/coding`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select turno de noche' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select vecina' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Move the selected codes to' }), 'Familia');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));

    expect(await screen.findByText('2 codes moved to “Familia”.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/categories/k2/codes')?.body).toEqual({ code_ids: ['c1', 'c5'] });
  });

  it('moves a code dragged onto a category, and the ticked codes with it', async () => {
    const { calls } = server({ 'POST /api/categories/k2/codes': () => json(categories[1]) });
    renderApp(`/projects/${ID}/coding`);
    const tree = await screen.findByRole('region', { name: 'Codebook' });
    const familia = await within(tree).findByRole('listitem', { name: 'Familia' });

    const transfer = dataTransfer();
    fireEvent.dragStart(rowOf('vecina'), { dataTransfer: transfer });
    fireEvent.dragOver(familia, { dataTransfer: transfer });
    expect(familia).toHaveClass('tree-group--target');
    fireEvent.drop(familia, { dataTransfer: transfer });
    await waitFor(() => expect(calls.find((c) => c.path === '/api/categories/k2/codes')?.body).toEqual({ code_ids: ['c5'] }));

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select turno de noche' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select culpa' }));
    const again = dataTransfer();
    fireEvent.dragStart(rowOf('turno de noche'), { dataTransfer: again });
    fireEvent.drop(familia, { dataTransfer: again });
    // culpa is in Familia already: only turno de noche moves
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/categories/k2/codes').at(-1)?.body).toEqual({ code_ids: ['c1'] }));
  });

  it('shows a viewer the tree without ticks, drag or action menus', async () => {
    server({ [`GET /api/projects/${ID}`]: () => json(project({ role: 'viewer' })) });
    renderApp(`/projects/${ID}/coding`);

    await screen.findByRole('button', { name: 'turno de noche' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).not.toBeInTheDocument();
    expect(rowOf('turno de noche')).toHaveAttribute('draggable', 'false');
  });
  it('drafts a memo with AI for a category from its menu, shows the progress, the result and the drafted memo', async () => {
    const drafted = memoView('m7', {
      category_id: 'k1',
      title: 'AI memo — category: Noches',
      body: 'Properties\n- Nights are long. [Marta ¶1]',
      coder_id: 'a1',
      author_kind: 'ai',
      author_name: 'ai:openai/gpt-4o',
      citations: [{ fragment_id: 'f1', interview_id: 'i1', quote: 'Nights are long', start: 0, end: 15 }],
    });
    const other = { ...drafted, id: 'm8', category_id: 'k2', title: 'About Familia' };
    let memos: unknown[] = [other];
    let polls = 0;
    const { calls } = server({
      'GET /api/llm/status': () => json({ access: { remote: true } }),
      [`GET /api/projects/${ID}/memos`]: () => json(memos),
      [`POST /api/projects/${ID}/memos/draft`]: () => json(memoDraftAccepted('j7'), 202),
      [`GET /api/projects/${ID}/jobs/j7`]: () => {
        polls++;
        if (polls === 1) return json(job({ task_id: 'j7', kind: 'memo_draft', status: 'running', progress: 40, next_poll_seconds: 1 }));
        memos = [drafted, other];
        return json(
          job({
            task_id: 'j7',
            kind: 'memo_draft',
            status: 'completed',
            progress: 100,
            next_poll_seconds: null,
            outcome: { sentences_kept: 4, sentences_dropped: 2 },
          }),
        );
      },
    });
    renderApp(`/projects/${ID}/coding`);

    const tree = await screen.findByRole('region', { name: 'Codebook' });
    const noches = await within(tree).findByRole('listitem', { name: 'Noches' });
    await userEvent.click(within(noches).getByRole('button', { name: 'Actions for the category Noches' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Draft memo with AI' }));

    expect(await within(noches).findByRole('region', { name: 'Drafting a memo' })).toBeInTheDocument();
    expect(
      await within(noches).findByText('Memo drafted: 4 sentences with verified citations, 2 dropped for a citation that did not check.', {}, { timeout: 5000 }),
    ).toHaveAttribute('role', 'status');
    const list = await within(noches).findByRole('list', { name: 'Memos about the category “Noches”' });
    expect(list).toHaveTextContent('AI memo — category: Noches');
    expect(list).toHaveTextContent('Drafted by the model ai:openai/gpt-4o');
    expect(list).not.toHaveTextContent('About Familia');
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/memos/draft'))?.body).toEqual({ category_ids: ['k1'] });
    expect(within(within(tree).getByRole('listitem', { name: 'Familia' })).queryByRole('status')).toBeNull();
  });

  it('shows why a category draft was refused', async () => {
    server({
      'GET /api/llm/status': () => json({ access: { remote: true } }),
      [`POST /api/projects/${ID}/memos/draft`]: () => problem(400, 'MEMO_DRAFTING_NEEDS_MODEL', 'Drafting memos needs a language model'),
    });
    renderApp(`/projects/${ID}/coding`);
    const noches = await screen.findByRole('listitem', { name: 'Noches' });
    await userEvent.click(within(noches).getByRole('button', { name: 'Actions for the category Noches' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Draft memo with AI' }));
    expect(await within(noches).findByRole('alert')).toBeInTheDocument();
  });

  it('offers no category AI draft without a model', async () => {
    server();
    renderApp(`/projects/${ID}/coding`);
    const noches = await screen.findByRole('listitem', { name: 'Noches' });
    await userEvent.click(within(noches).getByRole('button', { name: 'Actions for the category Noches' }));
    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Draft memo with AI' })).toBeNull();
  });
});
