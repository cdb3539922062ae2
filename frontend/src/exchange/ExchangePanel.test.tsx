import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportAccepted, ImportSummary } from '../api/types';
import { fakeServer, job, json, problem, project, templates } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ID = project().id;
const summary: ImportSummary = {
  origin: 'ATLAS.ti 8.4.0',
  text_sources: 6,
  document_sources: 0,
  codes: 14,
  selections: 8,
  codings: 9,
  coders: 1,
  memos: 4,
  attributes: 0,
  skipped: { PictureSource: 1, VideoSource: 2 },
  warnings: [],
};

function server(routes: Record<string, () => Response> = {}) {
  return fakeServer({
    'GET /api/domain-templates': () => json(templates),
    [`GET /api/projects/${ID}`]: () => json(project()),
    ...routes,
  });
}

describe('REFI-QDA exchange panel', { timeout: 20_000 }, () => {
  it('imports a .qdpx into the project, says what it holds and follows the import job', async () => {
    const { calls } = server({
      [`POST /api/projects/${ID}/import`]: () =>
        json(
          {
            task_id: 'j7',
            kind: 'exchange_import',
            status: 'pending',
            progress: 0,
            next_poll_seconds: 1,
            reused: false,
            project_id: ID,
            status_url: `/api/projects/${ID}/jobs/j7`,
            summary,
          } satisfies ImportAccepted,
          202,
        ),
      [`GET /api/projects/${ID}/jobs/j7`]: () => json(job({ task_id: 'j7', kind: 'exchange_import', status: 'completed', progress: 100 })),
    });
    renderApp(`/projects/${ID}`);

    const file = new File(['PK'], 'estudio.qdpx');
    await userEvent.upload(await screen.findByLabelText('REFI-QDA file (.qdpx or .qdc)'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('6 sources, 14 codes, 8 coded selections by 1 coders')).toBeInTheDocument();
    expect(screen.getByText(/PictureSource \(1\), VideoSource \(2\)/)).toBeInTheDocument();
    expect(await screen.findByText('Done')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.query.get('format')).toBe('qdpx');
    expect(sent?.headers['content-type']).toBe('application/octet-stream');
  });

  it('shows the server refusal of a hostile file in its words', async () => {
    server({
      [`POST /api/projects/${ID}/import`]: () =>
        problem(400, 'XML_DOCTYPE_FORBIDDEN', 'the project file declares a DOCTYPE; DTDs and entities are not accepted in REFI-QDA files'),
    });
    renderApp(`/projects/${ID}`);

    await userEvent.upload(await screen.findByLabelText('REFI-QDA file (.qdpx or .qdc)'), new File(['<!DOCTYPE'], 'codes.qdc'));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText(/declares a DOCTYPE/)).toBeInTheDocument();
  });
});
