import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServer, interview, interviewPage, json, problem, project, templates, type RecordedCall } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;

function server(search: (call: RecordedCall) => Response) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    [`GET /api/projects/${ID}/interviews`]: () => json(interviewPage([interview()])),
    [`GET /api/projects/${ID}/categories`]: () => problem(404, 'NOT_FOUND', 'No categories'),
    [`GET /api/projects/${ID}/search`]: search,
  });
}

describe('project search', { timeout: 20_000 }, () => {
  it('finds fragments with the filters chosen, highlights the words and links to the transcript', async () => {
    const { calls } = server(() =>
      json({
        results: [
          { fragment_id: 'f1', interview_id: 'i1', interview_label: 'Marta', speaker: 'Marta', text: 'Cuido a mi madre.', score: 0.9, highlights: [{ start: 11, end: 16 }] },
        ],
        degraded: true,
        missing_sources: ['qdrant'],
        index: { interviews: 8, indexed: 6, pending: 1, failed: 1 },
      }),
    );
    renderApp(`/projects/${ID}/search`);

    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));
    expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(/Required\./);
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

  it('shows a refused search in the server’s words', async () => {
    server(() => problem(400, 'QUERY_TOO_LONG', 'q must be at most 1000 characters'));
    renderApp(`/projects/${ID}/search`);

    await userEvent.type(await screen.findByRole('searchbox'), 'x{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('q must be at most 1000 characters');
  });
});
