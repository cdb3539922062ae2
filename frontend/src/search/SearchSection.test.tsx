import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Code, SearchHit } from '../api/types';
import { application, codeView, fakeServer, interview, interviewPage, json, problem, project, templates, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;

function code(id: string, label: string, color: string | null): Code {
  return codeView(id, label, { origin: 'human', human_edited: true, color });
}

const CODES = [code('c1', 'Cuidado nocturno', '#aa3377'), code('c2', 'Olla común', '#228833')];

function hit(id: string, text: string, overrides: Partial<SearchHit> = {}): SearchHit {
  return { fragment_id: id, interview_id: 'i1', interview_label: 'Marta', speaker: 'Marta', text, score: 0.9, highlights: [], code_ids: [], ...overrides };
}

function server(search: (call: RecordedCall) => Response, extra: Record<string, (call: RecordedCall) => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/interviews`]: () => json(interviewPage([interview()])),
    [`GET /api/projects/${ID}/categories`]: () => problem(404, 'NOT_FOUND', 'No categories'),
    [`GET /api/projects/${ID}/codes`]: () => json({ items: CODES, page: 0, size: 500, total_items: 2, total_pages: 1 }),
    [`GET /api/projects/${ID}/search`]: search,
    ...extra,
  });
}

async function searchFor(words: string) {
  await userEvent.type(await screen.findByRole('searchbox', { name: /Search the interviews/ }), words);
  await userEvent.click(screen.getByRole('button', { name: 'Search' }));
  return screen.findByRole('region', { name: 'Results' });
}

describe('project search', { timeout: 20_000 }, () => {
  it('finds fragments with the filters chosen, highlights the words and links to the transcript', async () => {
    const { calls } = server(() =>
      json({
        results: [hit('f1', 'Cuido a mi madre.', { highlights: [{ start: 11, end: 16 }] })],
        degraded: true,
        missing_sources: ['qdrant'],
        index: { interviews: 8, indexed: 6, pending: 1, failed: 1 },
      }),
    );
    renderApp(`/projects/${ID}/search`);

    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));
    expect(screen.getByRole('searchbox', { name: /Search the interviews/ })).toHaveAccessibleDescription(/Required\./);
    await userEvent.type(screen.getByRole('searchbox', { name: /Search the interviews/ }), 'madre');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Speaker' }), 'Marta');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    const results = await screen.findByRole('region', { name: 'Results' });
    expect(within(results).getByText('madre').tagName).toBe('MARK');
    expect(within(results).getByRole('link', { name: 'Open in transcript' })).toHaveAttribute('href', `/projects/${ID}/interviews/i1?fragment=f1`);
    expect(screen.getByText('Some results may be missing: qdrant did not answer.')).toBeInTheDocument();
    expect(screen.getByText(/1 of 8 interviews is still being indexed/)).toBeInTheDocument();
    expect(screen.getByText(/1 interview could not be indexed/)).toBeInTheDocument();
    expect(calls.at(-1)?.query.toString()).toBe('q=madre&limit=30&speaker=Marta');
    expect(screen.queryByRole('combobox', { name: 'Category' })).not.toBeInTheDocument();
  });

  it('leaves out the interviewer’s turns when asked', async () => {
    const { calls } = server(() => json({ results: [], degraded: false, missing_sources: [], index: { interviews: 1, indexed: 1, pending: 0, failed: 0 } }));
    renderApp(`/projects/${ID}/search`);

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Leave out the interviewer’s turns' }));
    await searchFor('madre');

    expect(
      calls
        .filter((c) => c.path.endsWith('/search'))
        .at(-1)
        ?.query.get('exclude_interviewer'),
    ).toBe('true');
  });

  it('searches only the interviews whose attribute has the chosen value', async () => {
    const { calls } = server(() => json({ results: [], degraded: false, missing_sources: [], index: { interviews: 2, indexed: 2, pending: 0, failed: 0 } }), {
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
    renderApp(`/projects/${ID}/search`);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Filter attribute' }), 'sede');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter value' }), 'Sur');
    await searchFor('madre');

    expect(
      calls
        .filter((c) => c.path.endsWith('/search'))
        .at(-1)
        ?.query.get('attr.sede'),
    ).toBe('Sur');
  });

  it('shows each hit’s codes in their colours', async () => {
    server(() =>
      json({
        results: [hit('f1', 'Cuido de noche.', { code_ids: ['c1', 'c2'] }), hit('f2', 'Sin códigos.')],
        degraded: false,
        missing_sources: [],
        index: { interviews: 1, indexed: 1, pending: 0, failed: 0 },
      }),
    );
    renderApp(`/projects/${ID}/search`);

    const results = await searchFor('noche');

    const items = within(results)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('search-hit'));
    const chips = within(items[0]!).getByRole('list', { name: 'Codes of the fragment of Marta' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Cuidado nocturno', 'Olla común']);
    expect(within(chips).getByText('Cuidado nocturno').style.getPropertyValue('--code-color')).toBe('#aa3377');
    expect(within(items[1]!).queryByRole('list')).not.toBeInTheDocument();
  });

  it('applies a code to every selected hit and reports the hit it could not code', async () => {
    const hits = [hit('f1', 'Uno.'), hit('f2', 'Dos.', { code_ids: ['c2'] }), hit('f3', 'Tres.'), hit('f4', 'Cuatro.')];
    const applied: RecordedCall[] = [];
    const apply = (call: RecordedCall) => {
      applied.push(call);
      const fragmentId = call.path.split('/')[3]!;
      if (fragmentId === 'f3') return problem(409, 'FRAGMENT_CHANGED', 'The fragment changed meanwhile');
      return json(application(`a-${fragmentId}`, 'c2', fragmentId, 'x', 0, { quote_end: 4 }), 201);
    };
    server(() => json({ results: hits, degraded: false, missing_sources: [], index: { interviews: 1, indexed: 1, pending: 0, failed: 0 } }), {
      'POST /api/fragments/f1/codes': apply,
      'POST /api/fragments/f3/codes': apply,
      'POST /api/fragments/f4/codes': apply,
    });
    renderApp(`/projects/${ID}/search`);
    const results = await searchFor('olla');

    expect(screen.getByRole('button', { name: 'Select fragments to code' })).toBeDisabled();
    await userEvent.click(within(results).getByRole('checkbox', { name: 'Select all 4' }));
    await userEvent.click(within(results).getAllByRole('checkbox', { name: 'Select the fragment of Marta' })[3]!);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a code' }), 'olla');
    expect(
      within(screen.getByRole('combobox', { name: 'Code to apply' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Olla común', 'New code…']);
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 3 fragments' }));

    expect(await screen.findByText('“Olla común” applied to 1 fragment; 1 already had it; 1 failed (see below; they stay selected).')).toBeInTheDocument();
    expect(applied.map((c) => c.path)).toEqual(['/api/fragments/f1/codes', '/api/fragments/f3/codes']);
    expect(applied[0]!.body).toEqual({ code_id: 'c2', quote_start: 0, quote_end: 4 });
    const items = within(results)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('search-hit'));
    expect(within(items[0]!).getByRole('list', { name: /Codes of/ })).toHaveTextContent('Olla común');
    expect(within(items[2]!).getByText('The code was not applied here: The fragment changed meanwhile')).toBeInTheDocument();
    expect(within(items[2]!).queryByRole('list', { name: /Codes of/ })).not.toBeInTheDocument();
    expect(within(items[2]!).getByRole('checkbox')).toBeChecked();
    expect(within(items[0]!).getByRole('checkbox')).not.toBeChecked();
  });

  it('creates a new code with the first hit and applies it to the others by id', async () => {
    const bodies: unknown[] = [];
    const apply = (call: RecordedCall) => {
      bodies.push(call.body);
      return json(application(`a${bodies.length}`, 'c9', call.path.split('/')[3]!, 'x', 0, { quote_end: 3 }), 201);
    };
    let coded: string[] = [];
    server(
      () =>
        json({
          results: [hit('f1', 'Uno.', { code_ids: coded }), hit('f2', 'Dos.', { code_ids: coded })],
          degraded: false,
          missing_sources: [],
          index: { interviews: 1, indexed: 1, pending: 0, failed: 0 },
        }),
      {
        'POST /api/fragments/f1/codes': apply,
        'POST /api/fragments/f2/codes': apply,
      },
    );
    renderApp(`/projects/${ID}/search`);
    const results = await searchFor('uno');

    await userEvent.click(within(results).getByRole('checkbox', { name: 'Select all 2' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Code to apply' }), 'New code…');
    await userEvent.type(screen.getByRole('textbox', { name: /Name of the new code/ }), 'Redes vecinales');
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 2 fragments' }));

    expect(await screen.findByText('“Redes vecinales” applied to 2 fragments.')).toBeInTheDocument();
    expect(bodies).toEqual([
      { label: 'Redes vecinales', quote_start: 0, quote_end: 4 },
      { code_id: 'c9', quote_start: 0, quote_end: 4 },
    ]);
    const chips = within(results).getAllByRole('list', { name: /Codes of/ });
    expect(chips.map((list) => list.textContent)).toEqual(['Redes vecinales', 'Redes vecinales']);
    expect(screen.getByRole('combobox', { name: 'Code to apply' })).toHaveDisplayValue('Redes vecinales');

    // Searching again: the server's code ids name the new code, which the codebook read at page load lacked.
    coded = ['c9'];
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(screen.queryByText('“Redes vecinales” applied to 2 fragments.')).not.toBeInTheDocument());
    const again = within(await screen.findByRole('region', { name: 'Results' })).getAllByRole('list', { name: /Codes of/ });
    expect(again.map((list) => list.textContent)).toEqual(['Redes vecinales', 'Redes vecinales']);
  });

  it('shows a refused search in the server’s words', async () => {
    server(() => problem(400, 'QUERY_TOO_LONG', 'q must be at most 1000 characters'));
    renderApp(`/projects/${ID}/search`);

    await userEvent.type(await screen.findByRole('searchbox', { name: /Search the interviews/ }), 'x{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('q must be at most 1000 characters');
  });
});
